import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { organisations, timestamps, ts, users } from './accounts.ts';
import { jobs, scoreWeights } from './jobs.ts';

/** The application a row belongs to: its candidate and job, with either of which it is deleted. */
export const applicationKey = () => ({
  candidate_id: integer('candidate_id')
    .notNull()
    .references(() => candidates.id, { onDelete: 'cascade' }),
  job_id: integer('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' }),
});

export const candidates = pgTable(
  'candidates',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    contact: text('contact'),
    location: jsonb('location'),
    linkedin: text('linkedin'),
    github: text('github'),
    personal_website: text('personal_website'),
    profile_pic: text('profile_pic'),
    intro_video: text('intro_video'),
    notice_period_in_months: integer('notice_period_in_months'),
    current_ctc: numeric('current_ctc', { precision: 14, scale: 2 }),
    expected_ctc: numeric('expected_ctc', { precision: 14, scale: 2 }),
    last_increment: text('last_increment'),
    hired: boolean('hired').notNull().default(false),
    created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('candidates_org_email_key').on(t.org_id, sql`lower(${t.email})`),
    index('candidates_org_created_idx').on(t.org_id, t.created_at),
    index('candidates_org_updated_idx').on(t.org_id, t.updated_at),
    index('candidates_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('candidates_city_idx').on(t.org_id, sql`lower(${t.location}->>'city')`),
    index('candidates_state_idx').on(t.org_id, sql`lower(${t.location}->>'state')`),
  ],
);

/** Screening preferences of a job's resume stage. */
export const screeningPreferences = pgTable('screening_preferences', {
  id: serial('id').primaryKey(),
  job_id: integer('job_id')
    .notNull()
    .unique()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  max_retries: integer('max_retries').notNull().default(1),
  max_resume_size: integer('max_resume_size').notNull().default(10 * 1024 * 1024),
  max_applicants: integer('max_applicants'),
  shortlist_threshold: numeric('shortlist_threshold', { precision: 4, scale: 2 }).notNull().default('6.00'),
  location_to_exclude: jsonb('location_to_exclude').notNull().default(sql`'[]'::jsonb`),
  include_github: boolean('include_github').notNull().default(true),
  include_linkedin: boolean('include_linkedin').notNull().default(true),
  include_questions: boolean('include_questions').notNull().default(false),
  include_notice_period: boolean('include_notice_period').notNull().default(true),
  include_current_ctc: boolean('include_current_ctc').notNull().default(true),
  include_expected_ctc: boolean('include_expected_ctc').notNull().default(true),
  include_relevant_experience: boolean('include_relevant_experience').notNull().default(true),
  include_profile_pic: boolean('include_profile_pic').notNull().default(false),
  include_intro_video: boolean('include_intro_video').notNull().default(false),
  include_personal_website: boolean('include_personal_website').notNull().default(false),
  last_increment: boolean('last_increment').notNull().default(false),
  currency: text('currency').notNull().default('INR'),
  question_set: integer('question_set'),
  questions: jsonb('questions').notNull().default(sql`'[]'::jsonb`),
  random_questions: boolean('random_questions').notNull().default(false),
  random_questions_count: integer('random_questions_count').notNull().default(0),
  ...timestamps,
});

/** One application: a candidate's resume for one job, its parsed content and its review state. */
export const resumes = pgTable(
  'resumes',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    score_weight_id: integer('score_weight_id').references(() => scoreWeights.id),
    preference_id: integer('preference_id').references(() => screeningPreferences.id, { onDelete: 'set null' }),
    name: text('name').notNull().default(''),
    resume_json: jsonb('resume_json'),
    input_tokens: integer('input_tokens').notNull().default(0),
    output_tokens: integer('output_tokens').notNull().default(0),
    total_tokens: integer('total_tokens').notNull().default(0),
    cost: numeric('cost', { precision: 10, scale: 4 }).notNull().default('0'),
    phone_numbers: text('phone_numbers'),
    personal_website: text('personal_website'),
    websites: jsonb('websites').notNull().default(sql`'[]'::jsonb`),
    emails: text('emails'),
    date_of_birth: text('date_of_birth'),
    addresses: jsonb('addresses'),
    summary: text('summary'),
    ai_summary: text('ai_summary'),
    education: jsonb('education').notNull().default(sql`'[]'::jsonb`),
    work_experience: jsonb('work_experience').notNull().default(sql`'[]'::jsonb`),
    duration_per_work: jsonb('duration_per_work').notNull().default(sql`'[]'::jsonb`),
    total_duration: integer('total_duration'),
    skills: jsonb('skills').notNull().default(sql`'[]'::jsonb`),
    skills_matched: jsonb('skills_matched').notNull().default(sql`'[]'::jsonb`),
    skill_match_count: integer('skill_match_count').notNull().default(0),
    certifications: jsonb('certifications').notNull().default(sql`'[]'::jsonb`),
    projects: jsonb('projects').notNull().default(sql`'[]'::jsonb`),
    overall_score: numeric('overall_score', { precision: 5, scale: 3 }),
    resume_file: text('resume_file'),
    resume_file_name: text('resume_file_name'),
    resume_content_type: text('resume_content_type'),
    resume_size: integer('resume_size'),
    resume_sha256: text('resume_sha256'),
    introduction_video: text('introduction_video'),
    responses: jsonb('responses').notNull().default(sql`'[]'::jsonb`),
    upload_count: integer('upload_count').notNull().default(0),
    task_duration_seconds: numeric('task_duration_seconds', { precision: 10, scale: 3 }),
    completed: boolean('completed').notNull().default(false),
    task_message: text('task_message'),
    retries: integer('retries').notNull().default(0),
    relevant_experience_in_months: integer('relevant_experience_in_months'),
    expected_ctc: numeric('expected_ctc', { precision: 14, scale: 2 }),
    status_text: text('status_text').notNull().default('Under Review'),
    /** The candidate's newest application (kept by a trigger): the row an organisation-wide grid shows. */
    is_latest: boolean('is_latest').notNull().default(true),
    approved_at: ts('approved_at'),
    is_approved: boolean('is_approved').notNull().default(false),
    approved_by: integer('approved_by').references(() => users.id, { onDelete: 'set null' }),
    updated_by: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('resumes_candidate_job_key').on(t.candidate_id, t.job_id),
    // Grid orders are `field DESC NULLS LAST, r.id DESC` (http/filters.ts ordering); these match them.
    index('resumes_job_created_idx').on(t.job_id, sql`${t.created_at} DESC NULLS LAST`, sql`${t.id} DESC`),
    index('resumes_candidate_created_idx').on(t.candidate_id, t.created_at),
    // The organisation's resume-screening grid (/filter/resume), newest first.
    index('resumes_created_idx').on(sql`${t.created_at} DESC NULLS LAST`, sql`${t.id} DESC`),
    index('resumes_latest_created_idx').on(sql`${t.created_at} DESC NULLS LAST`, sql`${t.id} DESC`).where(sql`${t.is_latest}`),
    // The few resumes a model provider parsed, for the dashboard's cost.
    index('resumes_costly_job_idx').on(t.job_id, t.cost).where(sql`${t.cost} > 0`),
    // Counting an organisation-wide grid's rows reads only this index, not the wide resume rows.
    index('resumes_latest_candidate_idx').on(t.candidate_id, t.job_id).where(sql`${t.is_latest}`),
    index('resumes_latest_score_idx').on(sql`${t.overall_score} DESC NULLS LAST`, sql`${t.id} DESC`).where(sql`${t.is_latest}`),
    index('resumes_job_experience_idx').on(t.job_id, t.relevant_experience_in_months),
    index('resumes_job_duration_idx').on(t.job_id, t.total_duration),
    index('resumes_job_completed_idx').on(t.job_id, t.completed),
    index('resumes_job_score_idx').on(t.job_id, sql`${t.overall_score} DESC NULLS LAST`, sql`${t.id} DESC`),
    index('resumes_job_status_idx').on(t.job_id, t.status_text),
    index('resumes_sha256_idx').on(t.job_id, t.resume_sha256),
  ],
);

export const resumeScores = pgTable(
  'resume_scores',
  {
    id: serial('id').primaryKey(),
    resume_id: integer('resume_id')
      .notNull()
      .unique()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    job_id: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    user_id: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    score_weight_id: integer('score_weight_id').references(() => scoreWeights.id),
    ai_score: boolean('ai_score').notNull().default(true),
    skills_score: numeric('skills_score', { precision: 4, scale: 2 }).notNull(),
    work_exp_score: numeric('work_exp_score', { precision: 4, scale: 2 }).notNull(),
    projects_score: numeric('projects_score', { precision: 4, scale: 2 }).notNull(),
    education_score: numeric('education_score', { precision: 4, scale: 2 }).notNull(),
    certifications_score: numeric('certifications_score', { precision: 4, scale: 2 }).notNull(),
    overall_score: numeric('overall_score', { precision: 4, scale: 2 }).notNull(),
    feedback: text('feedback'),
    ...timestamps,
  },
  (t) => [index('resume_scores_overall_idx').on(t.job_id, t.overall_score)],
);

/** Where each candidate stands for each job. */
export const jobUniversalStatus = pgTable(
  'job_universal_status',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    current_stage: text('current_stage').notNull().default(''),
    status: text('status').notNull().default('Applied'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_universal_status_candidate_job_key').on(t.candidate_id, t.job_id),
    index('job_universal_status_job_stage_idx').on(t.job_id, t.current_stage, t.created_at),
    index('job_universal_status_job_created_idx').on(t.job_id, t.created_at, t.id),
    index('job_universal_status_job_updated_idx').on(t.job_id, t.updated_at, t.id),
  ],
);

/** Who did what, when, for which job and stage: the candidate's timeline. */
export const candidateStageEvents = pgTable(
  'candidate_stage_events',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    stage: text('stage').notNull(),
    action: text('action').notNull(),
    status_text: text('status_text'),
    actor_id: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    created_at: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('candidate_stage_events_candidate_job_idx').on(t.candidate_id, t.job_id, t.created_at)],
);

/**
 * An e-mail to a candidate about one application, waiting to be sent. Its send-email job holds
 * only the id, so that the message, which is the candidate's personal data, goes with the
 * application (and its candidate or job) and is gone once sent.
 */
export const candidateEmails = pgTable(
  'candidate_emails',
  {
    id: serial('id').primaryKey(),
    ...applicationKey(),
    mail: jsonb('mail').notNull(),
    created_at: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('candidate_emails_candidate_job_idx').on(t.candidate_id, t.job_id)],
);
