import type pg from 'pg';
import { assertCanEditCandidates, visibleCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';

/**
 * DELETE /candidates/candidate/{id}/: removes the candidate's applications to the jobs the
 * caller may see, and the candidate once no application is left (an Admin's delete removes all).
 */
export async function deleteCandidate(pool: pg.Pool, user: AuthUser, id: number): Promise<void> {
  const params = new SqlParams();
  const { rowCount } = await pool.query(`SELECT 1 FROM candidates c WHERE c.id = ${params.add(id)} AND ${visibleCandidates(user, params)}`, params.values);
  if (!rowCount) throw notFound();
  assertCanEditCandidates(user);
  await withTransaction(pool, async (client) => {
    const scope = new SqlParams();
    const jobs = `SELECT j.id FROM jobs j WHERE ${visibleJobs(user, scope, 'j', true)}`;
    const candidate = scope.add(id);
    for (const table of ['resumes', 'job_universal_status', 'candidate_stage_events']) {
      await client.query(`DELETE FROM ${table} WHERE candidate_id = ${candidate} AND job_id IN (${jobs})`, scope.values);
    }
    await client.query('DELETE FROM candidates c WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM job_universal_status a WHERE a.candidate_id = c.id)', [id]);
  });
}
