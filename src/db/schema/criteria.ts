import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps, users } from './accounts.ts';
import { candidates } from './candidates.ts';
import { jobs } from './jobs.ts';

/** A job's screening question that candidates answer when they apply, with the answer it expects (a knock-out) or none. */
export const screeningCriteria = pgTable(
  'screening_criteria',
  {
    id: serial('id').primaryKey(),
    job_id: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    response_type: text('response_type').notNull(),
    options: jsonb('options').notNull().default(sql`'[]'::jsonb`),
    /** null: any answer will do; otherwise what a qualifying answer is (a minimum for numbers). */
    expected_response: jsonb('expected_response'),
    is_deleted: boolean('is_deleted').notNull().default(false),
    created_by: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('screening_criteria_job_idx').on(t.job_id)],
);

/** A candidate's answer to a criterion, and whether it is the answer the criterion expects (null when it expects none). */
export const criteriaResponses = pgTable(
  'criteria_responses',
  {
    id: serial('id').primaryKey(),
    criterion_id: integer('criterion_id')
      .notNull()
      .references(() => screeningCriteria.id, { onDelete: 'cascade' }),
    candidate_id: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    response: jsonb('response').notNull(),
    meets_expected: boolean('meets_expected'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('criteria_responses_criterion_candidate_key').on(t.criterion_id, t.candidate_id),
    index('criteria_responses_candidate_idx').on(t.candidate_id),
  ],
);
