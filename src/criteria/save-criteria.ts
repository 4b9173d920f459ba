import type pg from 'pg';
import { assertCanEditJobs, visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import { type CriterionColumns, type CriterionFields, criterionColumns } from './criterion-input.ts';
import { CRITERION_JSON } from './criterion-json.ts';

export type CriterionItem = Omit<CriterionFields, 'job_id'> & { id?: number; job_id?: number; job?: number };

/** Every item's columns, or one 400 naming each wrong field as "<index>.<field>" (nothing is written). */
function columnsOfAll(items: CriterionItem[]): CriterionColumns[] {
  const errors: Record<string, string> = {};
  const all = items.map((item, i) => {
    const jobId = item.job_id ?? item.job;
    if (jobId === undefined) errors[`${i}.job_id`] = 'This field is required.';
    const checked = criterionColumns({ ...item, job_id: jobId ?? 0 });
    if ('errors' in checked) for (const [field, message] of Object.entries(checked.errors)) errors[`${i}.${field}`] = message;
    return 'columns' in checked ? checked.columns : undefined;
  });
  if (Object.keys(errors).length) throw invalid(errors);
  return all as CriterionColumns[];
}

async function jobInReach(client: pg.PoolClient, user: AuthUser, jobId: number): Promise<boolean> {
  const params = new SqlParams();
  const { rowCount } = await client.query(`SELECT 1 FROM jobs j WHERE j.id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`, params.values);
  return Boolean(rowCount);
}

/** The saved criterion, or undefined when its job (or the criterion changed) is out of the user's reach. */
async function saveOne(client: pg.PoolClient, user: AuthUser, id: number | undefined, columns: CriterionColumns) {
  if (!(await jobInReach(client, user, columns.job_id))) return undefined;
  const params = new SqlParams();
  const write =
    id === undefined
      ? `INSERT INTO screening_criteria ${insertClause({ ...columns, created_by: user.id }, params)}`
      : `UPDATE screening_criteria SET ${setClause({ ...columns, updated_at: new Date() }, params)}
         WHERE id = ${params.add(id)} AND NOT is_deleted AND job_id IN (SELECT j.id FROM jobs j WHERE ${visibleJobs(user, params)})`;
  const { rows } = await client.query(`WITH sc AS (${write} RETURNING *) SELECT ${CRITERION_JSON} AS criterion FROM sc`, params.values);
  return rows[0]?.criterion;
}

/**
 * POST /jobs/criteria/bulk-create-or-update/: items with an id change that criterion, the others
 * are added to their job. Admin and Editor, on jobs they may see; all or nothing.
 */
export async function saveCriteria(pool: pg.Pool, user: AuthUser, items: CriterionItem[]) {
  assertCanEditJobs(user);
  const all = columnsOfAll(items);
  return withTransaction(pool, async (client) => {
    const saved = [];
    for (const [i, columns] of all.entries()) {
      const criterion = await saveOne(client, user, items[i].id, columns);
      if (!criterion) throw notFound();
      saved.push(criterion);
    }
    return saved;
  });
}
