import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { STAGES_JSON } from './stages-json.ts';

/** GET /candidates/stages/?candidate_id=&job_id=: where the candidate stands in each stage of a job they applied to. */
export async function getCandidateStages(pool: pg.Pool, user: AuthUser, candidateId: number, jobId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT a.candidate_id, ${STAGES_JSON} AS stages
     FROM job_universal_status a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = ${params.add(candidateId)} AND a.job_id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}
