import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { CRITERION_JSON, PUBLIC_CRITERION_JSON } from './criterion-json.ts';

/**
 * GET /jobs/criteria/job/{job_id}/: public for a published job (the apply page asks its
 * questions, without the expected answers); those who may see the job get the expected answers too.
 */
export async function listJobCriteria(pool: pg.Pool, user: AuthUser | null, jobId: number) {
  const params = new SqlParams();
  const visible = user ? visibleJobs(user, params) : 'false';
  const { rows } = await pool.query(
    `SELECT (SELECT coalesce(json_agg(CASE WHEN v.visible THEN ${CRITERION_JSON} ELSE ${PUBLIC_CRITERION_JSON} END ORDER BY sc.id), '[]')
       FROM screening_criteria sc WHERE sc.job_id = v.id AND NOT sc.is_deleted) AS criteria
     FROM (SELECT j.id, (${visible}) AS visible, j.published AND NOT j.is_deleted AS public FROM jobs j WHERE j.id = ${params.add(jobId)}) v
     WHERE v.visible OR v.public`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].criteria;
}
