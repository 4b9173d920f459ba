import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { FEEDBACK_JSON } from './feedback-json.ts';
import { assertApplicationVisible } from './job-access.ts';

export interface FeedbackInput {
  candidate: number;
  job: number;
  step_name: string;
  feedback: string;
}

/**
 * POST /interview/interview-step-feedback/: anyone on the hiring team who sees the application,
 * Participants too (reviewing is their part); the note is signed by the caller, whatever `user` says.
 */
export async function addFeedback(pool: pg.Pool, user: AuthUser, input: FeedbackInput) {
  const errors: Record<string, string> = {};
  if (!input.step_name.trim()) errors.step_name = 'This field may not be blank.';
  if (!input.feedback.trim()) errors.feedback = 'This field may not be blank.';
  if (Object.keys(errors).length) throw invalid(errors);
  await assertApplicationVisible(pool, user, input.candidate, input.job);
  const { rows } = await pool.query(
    `WITH f AS (INSERT INTO step_feedback (candidate_id, job_id, user_id, step_name, feedback) VALUES ($1, $2, $3, $4, $5) RETURNING *)
     SELECT ${FEEDBACK_JSON} AS feedback FROM f`,
    [input.candidate, input.job, user.id, input.step_name.trim(), input.feedback.trim()],
  );
  return rows[0].feedback;
}
