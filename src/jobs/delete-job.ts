import type pg from 'pg';
import { assertCanEditJobs, assertCanManageJob } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { visibleJobOwner } from './get-job.ts';

/** DELETE /jobs/job/{id}/: a soft delete that keeps the job's applications and records who deleted it. */
export async function deleteJob(pool: pg.Pool, user: AuthUser, jobId: number): Promise<void> {
  const job = await visibleJobOwner(pool, user, jobId);
  assertCanEditJobs(user);
  assertCanManageJob(user, job.owner_id);
  await withTransaction(pool, async (client) => {
    // Its applicants first, in id order, as applying locks a candidate before its job's counter:
    // the trigger that marks their latest application (migration 0012) then waits for nobody
    // who waits for this job, so no deadlock.
    await client.query('SELECT 1 FROM candidates WHERE id IN (SELECT candidate_id FROM resumes WHERE job_id = $1) ORDER BY id FOR UPDATE', [jobId]);
    await client.query('UPDATE jobs SET is_deleted = true, deleted_by = $2, updated_at = now() WHERE id = $1', [jobId, user.id]);
  });
}
