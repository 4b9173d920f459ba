import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { CRITERION_JSON, PUBLIC_CRITERION_JSON } from './criterion-json.ts';

/**
 * GET /jobs/criteria/job/{job_id}/: public for a published job (the apply page asks its
 * questions, without the expected answers); a signed-in user sees those of the jobs they may see.
 */
export async function listJobCriteria(pool: pg.Pool, user: AuthUser | null, jobId: number) {
  const params = new SqlParams();
  const job = user ? visibleJobs(user, params) : 'j.published AND NOT j.is_deleted';
  const { rows } = await pool.query(
    `SELECT j.id, (SELECT coalesce(json_agg(${user ? CRITERION_JSON : PUBLIC_CRITERION_JSON} ORDER BY sc.id), '[]')
       FROM screening_criteria sc WHERE sc.job_id = j.id AND NOT sc.is_deleted) AS criteria
     FROM jobs j WHERE j.id = ${params.add(jobId)} AND ${job}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].criteria;
}
