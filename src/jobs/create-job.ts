import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { forbidden, invalid } from '../http/errors.ts';
import { insertClause, SqlParams } from '../http/sql.ts';
import { type JobBody, jobColumns, newPublicKey } from './job-input.ts';
import { insertWeights, replaceShares } from './save-weights.ts';

/** An Editor creates jobs for themselves; only an Admin names another owner. A new job is never a deleted one. */
function assertCanCreate(user: AuthUser, values: Record<string, unknown>): void {
  if (values.owner_id !== undefined && values.owner_id !== user.id && user.role !== 'Admin') {
    throw forbidden('Only an Admin may create a job for another user.');
  }
  if (values.is_deleted) throw invalid({ is_deleted: 'A new job cannot be deleted.' });
}

/** POST /jobs/job/: Admins and Editors create jobs in their organisation; the creator owns it unless `owner` says otherwise. */
export async function createJob(pool: pg.Pool, user: AuthUser, body: JobBody): Promise<number> {
  assertCanEditJobs(user);
  const { values, weights, shares } = await jobColumns(pool, user, body);
  assertCanCreate(user, values);
  return withTransaction(pool, async (client) => {
    const params = new SqlParams();
    const row = {
      owner_id: user.id,
      ...values,
      org_id: user.org_id,
      encrypted: newPublicKey(),
      score_weight_id: weights ? await insertWeights(client, weights, user.id) : 1,
    };
    const { rows } = await client.query<{ id: number }>(`INSERT INTO jobs ${insertClause(row, params)} RETURNING id`, params.values);
    const jobId = rows[0].id;
    if (shares?.length) await replaceShares(client, jobId, shares);
    await client.query('INSERT INTO screening_preferences (job_id) VALUES ($1)', [jobId]);
    return jobId;
  });
}
