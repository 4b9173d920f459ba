import type pg from 'pg';
import { assertCanEditJobs, visibleJobIds } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import { type CriterionColumns, type CriterionFields, criterionColumns } from './criterion-input.ts';
import { CRITERION_JSON } from './criterion-json.ts';
import { remarkAnswers } from './remark-answers.ts';

export type CriterionItem = Omit<CriterionFields, 'job_id'> & { id?: number | null; criteria_id?: number | null; job_id?: number; job?: number };

/** An item checked: the criterion it changes (none: a new one), the field that names it, and its columns. */
interface Checked {
  id: number | undefined;
  idField: 'id' | 'criteria_id';
  columns: CriterionColumns;
}

/**
 * Every item's criterion and columns, or one 400 naming each wrong field as "<index>.<field>"
 * (nothing is written). A criterion is named by `id` or, as the web client names it, `criteria_id`.
 * A criterion given twice is refused: the second change would be marked against the state read before the first.
 */
function checkAll(items: CriterionItem[]): Checked[] {
  const errors: Record<string, string> = {};
  const seen = new Set<number>();
  const all = items.map((item, i) => {
    const jobId = item.job_id ?? item.job;
    if (jobId === undefined) errors[`${i}.job_id`] = 'This field is required.';
    const id = item.id ?? item.criteria_id ?? undefined;
    const idField = item.id == null && item.criteria_id != null ? 'criteria_id' : 'id';
    if (item.id != null && item.criteria_id != null && item.id !== item.criteria_id) errors[`${i}.criteria_id`] = 'Names another criterion than id.';
    if (id !== undefined && seen.has(id)) errors[`${i}.${idField}`] = 'This criterion is already changed by an earlier item.';
    if (id !== undefined) seen.add(id);
    const checked = criterionColumns({ ...item, job_id: jobId ?? 0 });
    if ('errors' in checked) for (const [field, message] of Object.entries(checked.errors)) errors[`${i}.${field}`] = message;
    return 'columns' in checked ? { id, idField, columns: checked.columns } : undefined;
  });
  if (Object.keys(errors).length) throw invalid(errors);
  return all as Checked[];
}

type Before = CriterionFields & { id: number };

/**
 * Item `i`, saved. A job out of the user's reach (`visible`: the jobs they may see), or a
 * criterion not on the item's job (`before`: the criteria changed, as they were; criteria never
 * move), is a 400 naming the field.
 */
async function saveOne(client: pg.PoolClient, user: AuthUser, i: number, { id, idField, columns }: Checked, visible: Set<number>, before: Map<number, Before>) {
  if (!visible.has(columns.job_id)) throw invalid({ [`${i}.job_id`]: 'No such job.' });
  const params = new SqlParams();
  if (id === undefined) {
    const { rows } = await client.query(
      `WITH sc AS (INSERT INTO screening_criteria ${insertClause({ ...columns, created_by: user.id }, params)} RETURNING *) SELECT ${CRITERION_JSON} AS criterion FROM sc`,
      params.values,
    );
    return rows[0].criterion;
  }
  const old = before.get(id);
  if (!old || old.job_id !== columns.job_id) throw invalid({ [`${i}.${idField}`]: 'No such criterion on this job.' });
  const { rows } = await client.query(
    `WITH sc AS (UPDATE screening_criteria SET ${setClause({ ...columns, updated_at: new Date() }, params)} WHERE id = ${params.add(id)} RETURNING *)
     SELECT ${CRITERION_JSON} AS criterion FROM sc`,
    params.values,
  );
  await remarkAnswers(client, id, old, columns);
  return rows[0].criterion;
}

/**
 * POST /jobs/criteria/bulk-create-or-update/: items with an id (or criteria_id) change that criterion, the others
 * are added to their job. Admin and Editor, on jobs they may see; all or nothing.
 */
export async function saveCriteria(pool: pg.Pool, user: AuthUser, items: CriterionItem[]) {
  assertCanEditJobs(user);
  const all = checkAll(items);
  return withTransaction(pool, async (client) => {
    const visible = await visibleJobIds(client, user, [...new Set(all.map((c) => c.columns.job_id))]);
    // The criteria changed are read and locked in id order, as answers lock them
    // (record-responses.ts): taken in the body's order, the two could wait on each other.
    const changed = all.flatMap((c) => (c.id === undefined ? [] : [c.id]));
    const { rows } = await client.query<Before>(
      `SELECT id, job_id, question, response_type, options, expected_response FROM screening_criteria
       WHERE id = ANY($1::int[]) AND NOT is_deleted ORDER BY id FOR UPDATE`,
      [changed],
    );
    const before = new Map(rows.map((r) => [r.id, r]));
    const saved = [];
    for (const [i, checked] of all.entries()) saved.push(await saveOne(client, user, i, checked, visible, before));
    return saved;
  });
}
