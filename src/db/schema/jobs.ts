import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { organisations, timestamps, ts, users } from './accounts.ts';

export const scoreWeights = pgTable('score_weights', {
  id: serial('id').primaryKey(),
  skills: numeric('skills', { precision: 3, scale: 2 }).notNull(),
  work_experience: numeric('work_experience', { precision: 3, scale: 2 }).notNull(),
  projects: numeric('projects', { precision: 3, scale: 2 }).notNull(),
  education: numeric('education', { precision: 3, scale: 2 }).notNull(),
  certifications: numeric('certifications', { precision: 3, scale: 2 }).notNull(),
  user_id: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
});

export const interviewModules = pgTable(
  'interview_modules',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    rounds: integer('rounds').notNull().default(0),
    steps_json: jsonb('steps_json').notNull().default(sql`'[]'::jsonb`),
    ...timestamps,
  },
  (t) => [index('interview_modules_org_idx').on(t.org_id)],
);

export const jobs = pgTable(
  'jobs',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    jd_html: text('jd_html').notNull().default(''),
    jd_json: jsonb('jd_json'),
    experience: integer('experience').notNull().default(0),
    min_experience: integer('min_experience').notNull().default(0),
    max_experience: integer('max_experience').notNull().default(0),
    employment_type: text('employment_type').notNull().default(''),
    location: text('location').notNull().default(''),
    must_have_skills: jsonb('must_have_skills').notNull().default(sql`'[]'::jsonb`),
    encrypted: text('encrypted').notNull(),
    published: boolean('published').notNull().default(false),
    close_date: ts('close_date'),
    new_applicant_notify: boolean('new_applicant_notify').notNull().default(false),
    is_deleted: boolean('is_deleted').notNull().default(false),
    deleted_by: integer('deleted_by').references(() => users.id, { onDelete: 'set null' }),
    interview_module: integer('interview_module').references(() => interviewModules.id, { onDelete: 'set null' }),
    workflow: integer('workflow').references(() => interviewModules.id, { onDelete: 'set null' }),
    owner_id: integer('owner_id')
      .notNull()
      .references(() => users.id),
    score_weight_id: integer('score_weight_id')
      .notNull()
      .references(() => scoreWeights.id),
    /** Kept by a trigger on job_universal_status, so that no read counts a job's applicants. */
    applicants_count: integer('applicants_count').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('jobs_encrypted_key').on(t.encrypted),
    index('jobs_org_created_idx').on(t.org_id, t.created_at),
    index('jobs_owner_idx').on(t.owner_id),
    index('jobs_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
  ],
);

export const jobShares = pgTable(
  'job_shares',
  {
    job_id: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.job_id, t.user_id] }), index('job_shares_user_idx').on(t.user_id)],
);

/** A recruiter's saved filter over a job's applicants (skills, experience, places), as the web client keeps them. */
export const filterGroups = pgTable(
  'filter_groups',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    job_id: integer('job_id').references(() => jobs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    skills: jsonb('skills').notNull().default(sql`'[]'::jsonb`),
    work_experience: jsonb('work_experience'),
    location: jsonb('location').notNull().default(sql`'{"city": [], "state": []}'::jsonb`),
    ai_recommendations: boolean('ai_recommendations').notNull().default(false),
    created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('filter_groups_org_job_idx').on(t.org_id, t.job_id)],
);
