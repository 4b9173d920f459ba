import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { changeableFilterGroups } from './filter-group-json.ts';

/** DELETE /jobs/filter-group/{id}/: Admin and Editor; 404 for a group the user cannot change. */
export async function deleteFilterGroup(pool: pg.Pool, user: AuthUser, id: number): Promise<void> {
  assertCanEditJobs(user);
  const params = new SqlParams();
  const { rowCount } = await pool.query(`DELETE FROM filter_groups g WHERE g.id = ${params.add(id)} AND ${changeableFilterGroups(user, params)}`, params.values);
  if (!rowCount) throw notFound();
}
