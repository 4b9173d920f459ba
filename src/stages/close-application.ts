// Hiring and rejecting: the end of a candidate's application to a job. Hiring sets the
// candidate's hired flag and closes every open step; both are recorded as stage events.
import type pg from 'pg';
import { recordStageEvent } from '../candidates/record-stage-event.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { HttpError } from '../http/errors.ts';
import { assertApplicationVisible } from './job-access.ts';

export type Outcome = 'Hired' | 'Rejected' | 'On Hold' | 'In Progress';

const EVENT: Record<Outcome, string> = { Hired: 'hired', Rejected: 'rejected', 'On Hold': 'on_hold', 'In Progress': 'resumed' };

export async function closeApplication(pool: pg.Pool, user: AuthUser, candidateId: number, jobId: number, outcome: Outcome, reason?: string): Promise<void> {
  await withTransaction(pool, async (client) => {
    await assertApplicationVisible(client, user, candidateId, jobId, true);
    const { rows } = await client.query<{ status: string }>('SELECT status FROM job_universal_status WHERE candidate_id = $1 AND job_id = $2 FOR UPDATE', [candidateId, jobId]);
    if (rows[0].status === 'Hired' && outcome !== 'Hired' && user.role !== 'Admin') {
      throw new HttpError(409, { detail: 'The candidate is already hired; only an Admin can change that.' });
    }
    await client.query('UPDATE job_universal_status SET status = $3, updated_at = now() WHERE candidate_id = $1 AND job_id = $2', [candidateId, jobId, outcome]);
    if (outcome === 'Hired') {
      await client.query('UPDATE candidates SET hired = true, updated_at = now() WHERE id = $1', [candidateId]);
      await client.query(
        `UPDATE interview_steps SET completed = true, completed_at = coalesce(completed_at, now()),
           status_text = CASE WHEN completed THEN status_text ELSE 'Closed' END, updated_by = $3, updated_at = now()
         WHERE candidate_id = $1 AND job_id = $2 AND NOT completed`,
        [candidateId, jobId, user.id],
      );
    }
    if (rows[0].status === 'Hired' && outcome !== 'Hired') {
      await client.query(
        `UPDATE candidates c SET hired = EXISTS (SELECT 1 FROM job_universal_status a WHERE a.candidate_id = c.id AND a.status = 'Hired'), updated_at = now() WHERE c.id = $1`,
        [candidateId],
      );
    }
    await recordStageEvent(client, { candidateId, jobId, stage: 'application', action: EVENT[outcome], statusText: outcome, actorId: user.id, details: reason ? { reason } : {} });
  });
}
