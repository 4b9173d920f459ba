import type { Static } from '@sinclair/typebox';
import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import { prepared } from '../db/prepared.ts';
import type { AuthUser } from '../http/auth.ts';
import { SqlParams } from '../http/sql.ts';
import type { CountParams } from './schemas.ts';

/**
 * GET /get_count/{all|jobs|applicants}/: the jobs the user may see and the distinct candidates
 * who applied to them; only the counts asked for are run. An Admin sees the whole organisation,
 * whose candidates are counted by a trigger (every candidate has applied at least once); others'
 * jobs are counted here.
 */
export async function countJobsAndApplicants(pool: pg.Pool, user: AuthUser, kind: Static<typeof CountParams>['kind']) {
  const params = new SqlParams();
  let visible: string | undefined;
  const jobs = () => (visible ??= `FROM jobs j WHERE ${visibleJobs(user, params)}`);
  const counts: string[] = [];
  if (kind !== 'applicants') counts.push(`(SELECT count(*) ${jobs()})::int AS jobs`);
  if (kind !== 'jobs') {
    const applicants =
      user.role === 'Admin'
        ? `SELECT candidates_count FROM organisations WHERE id = ${params.add(user.org_id)}`
        : `SELECT count(DISTINCT a.candidate_id) FROM job_universal_status a WHERE a.job_id IN (SELECT j.id ${jobs()})`;
    counts.push(`(${applicants})::int AS applicants`);
  }
  const { rows } = await pool.query<{ jobs?: number; applicants?: number }>(prepared(`SELECT ${counts.join(', ')}`, params.values));
  return rows[0];
}
