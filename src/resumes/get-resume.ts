import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { RESUME_JSON } from './resume-json.ts';

/** GET /resume_parser/resumes/{id}/: a resume of a job the user may see; 404 otherwise. */
export async function getResume(pool: pg.Pool | pg.PoolClient, user: AuthUser, id: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT ${RESUME_JSON('r')} AS resume FROM resumes r JOIN jobs j ON j.id = r.job_id
     WHERE r.id = ${params.add(id)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].resume;
}
