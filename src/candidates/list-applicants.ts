import type pg from 'pg';
import { visibleCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { visibleJobOwner } from '../jobs/get-job.ts';
import { jobApplicantCount } from './applicant-count.ts';
import { BASIC_CANDIDATE_JSON } from './candidate-json.ts';
import { CANDIDATE_FILTERS } from './list-candidates.ts';
import { interviewStepsJson, stageCondition } from './stages-json.ts';

// Each row's resume `r` is the one the grid shows as resumes[0]: the application to the job of a
// per-job grid, else the candidate's latest application. resumes__* filters and orderings, and
// applied_jobs__*, apply to that application (job alias `j`; the status row, alias `a`, is joined
// for a stage tab only).
export const APPLICANT_FILTERS: FilterFields = {
  ...CANDIDATE_FILTERS,
  resumes__resume_score__overall_score: { sql: 'r.overall_score', type: 'number' },
  resumes__relevant_experience_in_months: { sql: 'r.relevant_experience_in_months', type: 'number' },
  resumes__total_duration: { sql: 'r.total_duration', type: 'number' },
  resumes__status_text: { sql: 'r.status_text', type: 'text' },
  resumes__created_at: { sql: 'r.created_at', type: 'date' },
  resumes__is_approved: { sql: 'r.is_approved', type: 'boolean' },
  latest_resume_created_at: { sql: 'r.created_at', type: 'date' },
  applied_jobs__id: { sql: 'r.job_id', type: 'number' },
  applied_jobs__title: { sql: 'j.title', type: 'text' },
};

/** The client restates a per-job grid's job as `applied_jobs__id__iexact={job_id}`, which selects nothing more. */
function withoutRestatedJob(query: Record<string, unknown>, jobId: number | undefined): Record<string, unknown> {
  if (jobId === undefined) return query;
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => !(/^applied_jobs__id(__i?exact)?$/.test(key) && String(value) === String(jobId))));
}

export interface ApplicantGrid {
  /** A per-job grid: /filter/candidate/{job_id}/ and the screened candidates of a job. */
  jobId?: number;
  /** Only applications whose resume screening has completed. */
  screenedOnly?: boolean;
}

/**
 * GET /filter/candidate and /filter/candidate/{job_id}/ (the applicant grids) and
 * /candidates/resume-screening-completed-candidates/{job_id}/: one query per page, 30 rows,
 * every filter and ordering in client-compat b.1, and the stage_name tabs.
 */
export async function listApplicants(pool: pg.Pool, user: AuthUser, query: Record<string, unknown>, at: PageRequest, grid: ApplicantGrid = {}) {
  const stage = stageCondition(query.stage_name as string | undefined);
  const params = new SqlParams();
  let scope = visibleJobs(user, params);
  let from: string;
  let jobParam: string | undefined;
  if (grid.jobId !== undefined) {
    jobParam = params.add(grid.jobId);
    scope = `${scope} AND j.id = ${jobParam}`;
    from = `FROM resumes r JOIN jobs j ON j.id = r.job_id JOIN candidates c ON c.id = r.candidate_id`;
  } else if (user.role === 'Admin') {
    // An Admin sees every job, so the row's application is the candidate's newest, kept flagged.
    from = 'FROM resumes r JOIN candidates c ON c.id = r.candidate_id JOIN jobs j ON j.id = r.job_id';
  } else {
    from = `FROM candidates c JOIN LATERAL (SELECT r.* FROM resumes r JOIN jobs j ON j.id = r.job_id
        WHERE r.candidate_id = c.id AND ${scope} ORDER BY r.created_at DESC, r.id DESC LIMIT 1) r ON true
      JOIN jobs j ON j.id = r.job_id`;
  }
  const filters = filterConditions(withoutRestatedJob(query, grid.jobId), APPLICANT_FILTERS, params);
  const where = [grid.jobId !== undefined ? scope : visibleCandidates(user, params), ...filters];
  if (grid.jobId === undefined && user.role === 'Admin') where.push('r.is_latest', scope);
  if (grid.screenedOnly) where.push('r.completed');
  if (stage) {
    // Only a stage tab needs the application's status row: every application has one (both are
    // written when a candidate applies), and joined on two columns it made PostgreSQL expect a
    // handful of rows, so it sorted every name match instead of walking the score index.
    from = `${from} JOIN job_universal_status a ON a.candidate_id = c.id AND a.job_id = r.job_id`;
    where.push(stage);
  }
  const page = await fetchPage(pool, {
    item: BASIC_CANDIDATE_JSON(scope, `'interview_steps', ${interviewStepsJson(scope)}, 'latest_resume_created_at', api_ts(r.created_at)`),
    from: `${from} WHERE ${where.join(' AND ')}`,
    count: jobParam && !filters.length && !stage && !grid.screenedOnly ? jobApplicantCount(jobParam) : undefined,
    orderBy: `${ordering(query.o, APPLICANT_FILTERS, 'r.created_at DESC NULLS LAST')}, r.id DESC`,
    params,
  }, at);
  // The per-job grid's query already keeps to visible jobs; an empty page tells 404 from "none".
  if (grid.jobId !== undefined && !page.results.length) await visibleJobOwner(pool, user, grid.jobId);
  return page;
}
