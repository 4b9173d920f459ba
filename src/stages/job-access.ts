import type pg from 'pg';
import { assertCanEditJobs, visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** 404 unless the candidate applied to a job the user may see; 403 for a Participant when `write`. */
export async function assertApplicationVisible(db: pg.Pool | pg.PoolClient, user: AuthUser, candidateId: number, jobId: number, write = false) {
  const params = new SqlParams();
  const { rowCount } = await db.query(
    `SELECT 1 FROM job_universal_status a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = ${params.add(candidateId)} AND a.job_id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rowCount) throw notFound();
  if (write) assertCanEditJobs(user);
}
