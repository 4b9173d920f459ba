import type pg from 'pg';
import { assertCanEditJobs, visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/** 404 unless every candidate applied to a job the user may see; 403 for a Participant when `write`. */
export async function assertApplicationsVisible(db: pg.Pool | pg.PoolClient, user: AuthUser, candidateIds: number[], jobId: number, write = false) {
  const params = new SqlParams();
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM job_universal_status a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = ANY(${params.add(candidateIds)}::int[]) AND a.job_id = ${params.add(jobId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (rows[0].n !== new Set(candidateIds).size) throw notFound();
  if (write) assertCanEditJobs(user);
}

export const assertApplicationVisible = (db: pg.Pool | pg.PoolClient, user: AuthUser, candidateId: number, jobId: number, write = false) =>
  assertApplicationsVisible(db, user, [candidateId], jobId, write);
