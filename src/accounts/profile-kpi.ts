import type pg from 'pg';
import { takesApplications, visibleJobs } from '../access/jobs.ts';
import { countJobsAndApplicants } from '../candidates/count-jobs-and-applicants.ts';
import type { AuthUser } from '../http/auth.ts';
import { SqlParams } from '../http/sql.ts';

/**
 * GET /accounts/profile-kpi/: the dashboard's figures within what the user may see: jobs, open
 * jobs (published and not past their close date), distinct applicants, active team members, and
 * what the language model cost: parsing their resumes (the local engine costs nothing) and the job
 * descriptions it wrote, the organisation's for an Admin, one's own for the others (a description is
 * written before its job exists, so who asked for it decides, not which jobs one sees).
 */
export async function profileKpi(pool: pg.Pool, user: AuthUser) {
  const params = new SqlParams();
  const visible = `SELECT j.id FROM jobs j WHERE ${visibleJobs(user, params)}`;
  const [counts, { rows }] = await Promise.all([
    countJobsAndApplicants(pool, user, 'all'),
    pool.query<{ jobs_open: number; team_members: number; cost: string }>(
      `SELECT
         (SELECT count(*) FROM jobs o WHERE o.id IN (${visible}) AND ${takesApplications('o')})::int AS jobs_open,
         (SELECT count(*) FROM users u WHERE u.org_id = ${params.add(user.org_id)} AND u.is_active)::int AS team_members,
         ((SELECT coalesce(sum(r.cost), 0) FROM resumes r WHERE r.cost > 0 AND r.job_id IN (${visible}))
           + (SELECT coalesce(sum(m.cost), 0) FROM model_usage m WHERE m.org_id = ${params.add(user.org_id)}
                AND ${user.role === 'Admin' ? 'true' : `m.user_id = ${params.add(user.id)}`}))::numeric(14, 4)::text AS cost`,
      params.values,
    ),
  ]);
  return { total_jobs: counts.jobs ?? 0, jobs_open: rows[0].jobs_open, total_applicants: counts.applicants ?? 0, team_members: rows[0].team_members, cost: rows[0].cost };
}
