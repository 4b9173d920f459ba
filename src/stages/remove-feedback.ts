import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { assertApplicationVisible } from './job-access.ts';

/** DELETE /interview/interview-step-feedback/{id}/: its author or an Admin; 404 for a note the user cannot see. */
export async function removeFeedback(pool: pg.Pool, user: AuthUser, id: number): Promise<void> {
  const { rows } = await pool.query<{ candidate_id: number; job_id: number; user_id: number | null }>(
    'SELECT candidate_id, job_id, user_id FROM step_feedback WHERE id = $1',
    [id],
  );
  if (!rows[0]) throw notFound();
  await assertApplicationVisible(pool, user, rows[0].candidate_id, rows[0].job_id);
  if (user.role !== 'Admin' && rows[0].user_id !== user.id) throw forbidden('Only its author or an Admin may remove a note.');
  await pool.query('DELETE FROM step_feedback WHERE id = $1', [id]);
}
