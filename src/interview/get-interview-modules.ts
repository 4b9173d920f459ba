import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { MODULE_JSON } from './module-json.ts';

// The client's table of modules shows who made each by name: in the list, created_by is {id, name}.
const LISTED_MODULE_JSON = `${MODULE_JSON}::jsonb || jsonb_build_object('created_by', CASE WHEN u.id IS NULL THEN NULL ELSE jsonb_build_object('id', u.id, 'name', u.name) END)`;

export async function listInterviewModules(pool: pg.Pool, user: AuthUser, at: PageRequest) {
  const params = new SqlParams();
  return fetchPage(pool, {
    item: LISTED_MODULE_JSON,
    from: `FROM interview_modules m LEFT JOIN users u ON u.id = m.created_by WHERE m.org_id = ${params.add(user.org_id)}`,
    orderBy: 'm.id',
    params,
  }, at);
}

export async function getInterviewModule(pool: pg.Pool, user: AuthUser, id: number) {
  const { rows } = await pool.query(`SELECT ${MODULE_JSON} AS m FROM interview_modules m WHERE m.id = $1 AND m.org_id = $2`, [id, user.org_id]);
  if (!rows[0]) throw notFound();
  return rows[0].m;
}

/** GET /interview/job/{job_id}/interview-modules/: the job's workflow as a page of zero or one. */
export async function jobInterviewModules(pool: pg.Pool, user: AuthUser, jobId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT j.id AS job_id, (SELECT ${MODULE_JSON} FROM interview_modules m WHERE m.id = j.interview_module) AS m
     FROM jobs j WHERE j.id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  const results = rows[0].m ? [rows[0].m] : [];
  return { count: results.length, next: null, previous: null, results };
}
