import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { JOB_JSON } from './job-json.ts';

/** A job the user may see, as the spec's job object; 404 otherwise. */
export async function getJob(pool: pg.Pool, user: AuthUser, jobId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT ${JOB_JSON} AS job FROM jobs j WHERE j.id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].job;
}

/**
 * The job its writer has just created or changed, as the spec's job object. No visibility filter:
 * the write itself may have taken the job out of the writer's sight (handed to another owner, deleted).
 */
export async function writtenJob(pool: pg.Pool, jobId: number) {
  const { rows } = await pool.query(`SELECT ${JOB_JSON} AS job FROM jobs j WHERE j.id = $1`, [jobId]);
  return rows[0].job;
}

/** The owner of a job the user may see, for permission checks; 404 otherwise. */
export async function visibleJobOwner(pool: pg.Pool | pg.PoolClient, user: AuthUser, jobId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query<{ owner_id: number; min_experience: number; max_experience: number }>(
    `SELECT j.owner_id, j.min_experience, j.max_experience FROM jobs j
     WHERE j.id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}
