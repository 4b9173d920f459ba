import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { SqlParams } from '../http/sql.ts';

export const COUNT_KINDS = ['all', 'jobs', 'applicants'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/**
 * GET /get_count/{all|jobs|applicants}/: the jobs the user may see and the distinct candidates
 * who applied to them. An Admin sees the whole organisation, whose candidates are counted by a
 * trigger (every candidate has applied at least once); others' jobs are counted here.
 */
export async function countJobsAndApplicants(pool: pg.Pool, user: AuthUser, kind: CountKind) {
  const params = new SqlParams();
  const jobs = `FROM jobs j WHERE ${visibleJobs(user, params)}`;
  const applicantCount =
    user.role === 'Admin'
      ? `SELECT candidates_count FROM organisations WHERE id = ${params.add(user.org_id)}`
      : `SELECT count(DISTINCT a.candidate_id) FROM job_universal_status a WHERE a.job_id IN (SELECT j.id ${jobs})`;
  const { rows } = await pool.query<{ jobs: number; applicants: number }>(
    `SELECT (SELECT count(*) ${jobs})::int AS jobs, (${applicantCount})::int AS applicants`,
    params.values,
  );
  const { jobs: jobCount, applicants } = rows[0];
  if (kind === 'jobs') return { jobs: jobCount };
  if (kind === 'applicants') return { applicants };
  return { jobs: jobCount, applicants };
}
