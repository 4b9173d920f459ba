import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { SCREENING_FROM, screeningJson } from './screening-json.ts';

/**
 * GET /personality-screening/detail/{candidate_id}/[?job_id=]: the candidate's latest video
 * interview on the jobs the user may see (on job_id only, when given), as recruiters read it.
 */
export async function latestScreening(pool: pg.Pool, user: AuthUser, appUrl: string, candidateId: number, jobId?: number) {
  const params = new SqlParams();
  const item = screeningJson(params.add(appUrl));
  const where = [`p.candidate_id = ${params.add(candidateId)}`, visibleJobs(user, params)];
  if (jobId !== undefined) where.push(`p.job_id = ${params.add(jobId)}`);
  const { rows } = await pool.query(
    `SELECT ${item} AS s ${SCREENING_FROM} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT 1`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].s;
}
