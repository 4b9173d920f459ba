import type pg from 'pg';
import { assertCanEditJobs, assertCanManageJob } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { visibleJobOwner } from './get-job.ts';

/** DELETE /jobs/job/{id}/: a soft delete that keeps the job's applications and records who deleted it. */
export async function deleteJob(pool: pg.Pool, user: AuthUser, jobId: number): Promise<void> {
  const job = await visibleJobOwner(pool, user, jobId);
  assertCanEditJobs(user);
  assertCanManageJob(user, job.owner_id);
  await pool.query('UPDATE jobs SET is_deleted = true, deleted_by = $2, updated_at = now() WHERE id = $1', [jobId, user.id]);
}
