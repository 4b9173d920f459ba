import type pg from 'pg';
import { assertCanEditJobs, visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { SqlParams, setClause } from '../http/sql.ts';
import { type CriterionFields, criterionColumns } from './criterion-input.ts';
import { CRITERION_JSON } from './criterion-json.ts';
import { remarkAnswers } from './remark-answers.ts';

export type CriterionChanges = Partial<Omit<CriterionFields, 'job_id'>> & { is_deleted?: boolean };

/**
 * PATCH /jobs/criteria/{id}/: changes checked together with what they leave unchanged;
 * {is_deleted: true} is how the client removes one (answers already given keep their question).
 */
export async function updateCriterion(pool: pg.Pool, user: AuthUser, id: number, changes: CriterionChanges) {
  assertCanEditJobs(user);
  return withTransaction(pool, async (client) => {
    const params = new SqlParams();
    const { rows } = await client.query<CriterionFields>(
      `SELECT sc.job_id, sc.question, sc.response_type, sc.options, sc.expected_response FROM screening_criteria sc
       JOIN jobs j ON j.id = sc.job_id WHERE sc.id = ${params.add(id)} AND NOT sc.is_deleted AND ${visibleJobs(user, params)}
       FOR UPDATE OF sc`,
      params.values,
    );
    if (!rows[0]) throw notFound();
    // Only these fields: a criterion stays with its job, whatever else the body holds.
    const { is_deleted, question, response_type, options, expected_response } = changes;
    const given = Object.fromEntries(Object.entries({ question, response_type, options, expected_response }).filter(([, v]) => v !== undefined));
    const checked = criterionColumns({ ...rows[0], ...given });
    if ('errors' in checked) throw invalid(checked.errors);
    await remarkAnswers(client, id, rows[0], checked.columns);
    const write = new SqlParams();
    const values = { ...checked.columns, ...(is_deleted !== undefined && { is_deleted }), updated_at: new Date() };
    const updated = await client.query(
      `WITH sc AS (UPDATE screening_criteria SET ${setClause(values, write)} WHERE id = ${write.add(id)} RETURNING *)
       SELECT ${CRITERION_JSON} AS criterion FROM sc`,
      write.values,
    );
    return updated.rows[0].criterion;
  });
}
