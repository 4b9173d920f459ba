import type pg from 'pg';
import { assertCanEditJobs, visibleJobIds } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import { changeableFilterGroups, FILTER_GROUP_JSON } from './filter-group-json.ts';

export interface FilterGroupFields {
  name: string;
  job?: number | null;
  skills?: unknown[];
  work_experience?: { operator: string; value: number } | null;
  location?: { city?: string[]; state?: string[] };
  ai_recommendations?: boolean;
}

/** The row's columns from a body: a blank name is refused, and the job must be one the user may see. */
async function columnsOf(pool: pg.Pool, user: AuthUser, f: FilterGroupFields): Promise<Record<string, unknown>> {
  if (!f.name.trim()) throw invalid({ name: 'This field may not be blank.' });
  if (f.job != null && !(await visibleJobIds(pool, user, [f.job])).has(f.job)) throw invalid({ job: 'No such job.' });
  return {
    name: f.name.trim(),
    job_id: f.job ?? null,
    skills: JSON.stringify(f.skills ?? []),
    work_experience: f.work_experience ? JSON.stringify(f.work_experience) : null,
    location: JSON.stringify({ city: f.location?.city ?? [], state: f.location?.state ?? [] }),
    ai_recommendations: f.ai_recommendations ?? false,
  };
}

/** POST /jobs/filter-group/: Admin and Editor. */
export async function createFilterGroup(pool: pg.Pool, user: AuthUser, fields: FilterGroupFields) {
  assertCanEditJobs(user);
  const params = new SqlParams();
  const values = { ...(await columnsOf(pool, user, fields)), org_id: user.org_id, created_by: user.id };
  const { rows } = await pool.query(`WITH g AS (INSERT INTO filter_groups ${insertClause(values, params)} RETURNING *) SELECT ${FILTER_GROUP_JSON} AS g FROM g`, params.values);
  return rows[0].g;
}

/** PUT /jobs/filter-group/{id}/: the whole group is replaced; 404 for a group the user cannot change. */
export async function replaceFilterGroup(pool: pg.Pool, user: AuthUser, id: number, fields: FilterGroupFields) {
  assertCanEditJobs(user);
  const params = new SqlParams();
  const values = { ...(await columnsOf(pool, user, fields)), updated_at: new Date() };
  const { rows } = await pool.query(
    `WITH g AS (UPDATE filter_groups g SET ${setClause(values, params)} WHERE g.id = ${params.add(id)} AND ${changeableFilterGroups(user, params)} RETURNING g.*)
     SELECT ${FILTER_GROUP_JSON} AS g FROM g`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].g;
}
