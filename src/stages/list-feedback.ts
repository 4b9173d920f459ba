import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { FEEDBACK_JSON } from './feedback-json.ts';
import { assertApplicationVisible } from './job-access.ts';

/** GET /interview/feedbacks/{job}/{candidate}/: the team's notes on one application, oldest first. */
export async function listFeedback(pool: pg.Pool, user: AuthUser, jobId: number, candidateId: number) {
  await assertApplicationVisible(pool, user, candidateId, jobId);
  const { rows } = await pool.query(
    `SELECT coalesce(json_agg(${FEEDBACK_JSON} ORDER BY f.id), '[]') AS feedback FROM step_feedback f WHERE f.job_id = $1 AND f.candidate_id = $2`,
    [jobId, candidateId],
  );
  return rows[0].feedback;
}
