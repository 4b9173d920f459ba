import type pg from 'pg';
import { assertCanEditJobs, assertCanManageJob } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { SqlParams, setClause } from '../http/sql.ts';
import { visibleJobOwner } from './get-job.ts';
import { type JobBody, jobColumns } from './job-input.ts';
import { insertWeights, replaceShares } from './save-weights.ts';

/**
 * PUT and PATCH /jobs/job/{id}/: both partial, since the client publishes with PUT {published}.
 * Sharing, soft-deleting and changing the owner need the owner or an Admin.
 */
export async function updateJob(pool: pg.Pool, user: AuthUser, jobId: number, body: JobBody): Promise<void> {
  const job = await visibleJobOwner(pool, user, jobId);
  assertCanEditJobs(user);
  if (body.owner !== undefined || body.users_shared_with !== undefined || body.is_deleted !== undefined) {
    assertCanManageJob(user, job.owner_id);
  }
  const { values, weights, shares } = await jobColumns(pool, user, body, job);
  if (body.is_deleted !== undefined) values.deleted_by = body.is_deleted ? user.id : null;
  await withTransaction(pool, async (client) => {
    if (weights) values.score_weight_id = await insertWeights(client, weights, user.id);
    const params = new SqlParams();
    await client.query(
      `UPDATE jobs SET ${setClause({ ...values, updated_at: new Date() }, params)} WHERE id = ${params.add(jobId)}`,
      params.values,
    );
    if (shares) await replaceShares(client, jobId, shares);
  });
}
