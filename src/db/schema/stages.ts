import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, numeric, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations, timestamps, ts, users } from './accounts.ts';
import { applicationKey, candidates } from './candidates.ts';
import { interviewModules, jobs } from './jobs.ts';


/** A candidate's progress through one step of their job's workflow. */
export const interviewSteps = pgTable(
  'interview_steps',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    module_id: integer('module_id').references(() => interviewModules.id, { onDelete: 'set null' }),
    step_id: text('step_id').notNull(),
    stage: text('stage').notNull(),
    order: integer('order').notNull(),
    started: boolean('started').notNull().default(false),
    started_at: ts('started_at'),
    completed: boolean('completed').notNull().default(false),
    completed_at: ts('completed_at'),
    approved: boolean('approved'),
    status_text: text('status_text').notNull().default('Pending'),
    updated_by: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('interview_steps_candidate_job_stage_key').on(t.candidate_id, t.job_id, t.stage),
    index('interview_steps_job_idx').on(t.job_id, t.stage),
  ],
);

/** An assessment: questions with choices and the right answers, and a time limit. */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    time_duration_in_minutes: integer('time_duration_in_minutes').notNull().default(30),
    pass_score: numeric('pass_score', { precision: 5, scale: 2 }).notNull().default('60.00'),
    questions: jsonb('questions').notNull().default(sql`'[]'::jsonb`),
    is_published: boolean('is_published').notNull().default(true),
    created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The pre-built assessment (src/assessments/prebuilt-library.json) this one was copied from when first shared. */
    library_id: integer('library_id'),
    ...timestamps,
  },
  (t) => [index('assessments_org_idx').on(t.org_id), uniqueIndex('assessments_org_library_idx').on(t.org_id, t.library_id)],
);

/** One assessment assigned to one candidate for one job, and everything that happened on it. */
export const testLogs = pgTable(
  'test_logs',
  {
    id: serial('id').primaryKey(),
    job_id: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    candidate_id: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    assessment_id: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** The candidate's link: unguessable, unlike the id (122 random bits). */
    access_key: text('access_key').notNull().default(sql`replace(gen_random_uuid()::text, '-', '')`),
    assigned_by: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    valid_from: ts('valid_from').notNull(),
    valid_to: ts('valid_to').notNull(),
    preferences: jsonb('preferences').notNull().default(sql`'{}'::jsonb`),
    /**
     * The questions put to the candidate, with their answers, and the time for them, as drawn when
     * shared: a later edit of the assessment changes no test already given. Null in logs shared
     * before they were kept, which read the assessment's.
     */
    questions: jsonb('questions'),
    time_duration_in_minutes: integer('time_duration_in_minutes'),
    status_text: text('status_text').notNull().default('Assigned'),
    link_opened_at: ts('link_opened_at'),
    started_at: ts('started_at'),
    completed_at: ts('completed_at'),
    completed: boolean('completed').notNull().default(false),
    answers: jsonb('answers').notNull().default(sql`'[]'::jsonb`),
    score: numeric('score', { precision: 5, scale: 2 }),
    fullscreen_exit_count: integer('fullscreen_exit_count').notNull().default(0),
    tab_switch_count: integer('tab_switch_count').notNull().default(0),
    is_approved: boolean('is_approved'),
    approved_by: integer('approved_by').references(() => users.id, { onDelete: 'set null' }),
    updated_by: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('test_logs_access_key').on(t.access_key),
    index('test_logs_candidate_job_idx').on(t.candidate_id, t.job_id, t.created_at),
  ],
);

export const questionSets = pgTable('question_sets', {
  id: serial('id').primaryKey(),
  org_id: integer('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

export const screeningQuestions = pgTable(
  'screening_questions',
  {
    id: serial('id').primaryKey(),
    question_set_id: integer('question_set_id')
      .notNull()
      .references(() => questionSets.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    time_limit: integer('time_limit').notNull().default(120),
    // How the question is answered: 'video' in an automated video interview, 'text' or 'audio' on the apply page.
    type: text('type').notNull().default('video'),
    is_deleted: boolean('is_deleted').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('screening_questions_set_idx').on(t.question_set_id)],
);

/** An automated video interview assigned to a candidate for a job. */
export const personalityScreenings = pgTable(
  'personality_screenings',
  {
    id: serial('id').primaryKey(),
    job_id: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    candidate_id: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    question_set_id: integer('question_set_id').references(() => questionSets.id, { onDelete: 'set null' }),
    question_ids: jsonb('question_ids').notNull().default(sql`'[]'::jsonb`),
    /** The candidate's link: unguessable, unlike the id (122 random bits). */
    access_key: text('access_key').notNull().default(sql`replace(gen_random_uuid()::text, '-', '')`),
    assigned_by: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    assigned_at: ts('assigned_at').notNull().defaultNow(),
    expired_at: ts('expired_at').notNull(),
    link_opened: boolean('link_opened').notNull().default(false),
    link_opened_at: ts('link_opened_at'),
    started: boolean('started').notNull().default(false),
    started_at: ts('started_at'),
    completed: boolean('completed').notNull().default(false),
    completed_time: ts('completed_time'),
    status_text: text('status_text').notNull().default('Assigned'),
    is_approved: boolean('is_approved'),
    approved_by: integer('approved_by').references(() => users.id, { onDelete: 'set null' }),
    updated_by: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('personality_screenings_access_key').on(t.access_key),
    index('personality_screenings_candidate_job_idx').on(t.candidate_id, t.job_id, t.created_at),
  ],
);

/** A recorded answer to one video interview question; files live in the blob store. */
export const screeningAnswers = pgTable(
  'screening_answers',
  {
    id: serial('id').primaryKey(),
    screening_id: integer('screening_id')
      .notNull()
      .references(() => personalityScreenings.id, { onDelete: 'cascade' }),
    question_id: integer('question_id')
      .notNull()
      .references(() => screeningQuestions.id),
    video_file: text('video_file'),
    audio_file: text('audio_file'),
    text: text('text'),
    duration: numeric('duration', { precision: 8, scale: 2 }),
    started: ts('started'),
    submitted_at: ts('submitted_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('screening_answers_screening_question_key').on(t.screening_id, t.question_id)],
);

/** A chunked video upload in progress: parts are blobs, assembled into one when complete. */
export const videoUploads = pgTable('video_uploads', {
  id: text('id').primaryKey(),
  screening_id: integer('screening_id')
    .notNull()
    .references(() => personalityScreenings.id, { onDelete: 'cascade' }),
  parts: jsonb('parts').notNull().default(sql`'[]'::jsonb`),
  ...timestamps,
});

/** A team member's note on a candidate at one step of a job's hiring (the client's "interview step feedback"). */
export const stepFeedback = pgTable(
  'step_feedback',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    user_id: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    step_name: text('step_name').notNull(),
    feedback: text('feedback').notNull(),
    ...timestamps,
  },
  (t) => [index('step_feedback_job_candidate_idx').on(t.job_id, t.candidate_id)],
);
