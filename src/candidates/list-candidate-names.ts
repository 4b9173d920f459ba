import type pg from 'pg';
import { assertCanEditCandidates, visibleCandidates } from '../access/candidates.ts';
import { jobIsVisible, visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { filterConditions } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { visibleJobOwner } from '../jobs/get-job.ts';
import { CANDIDATE_FILTERS } from './list-candidates.ts';

export interface NamesQuery {
  name?: string;
  jobId?: number;
  shortlisted?: boolean;
}

/** GET /candidates/candidate-names-list/?name=&jobId=&shortlisted=: {id, name} for the assign modals; Admin and Editor only. */
export async function listCandidateNames(pool: pg.Pool, user: AuthUser, query: NamesQuery, at: PageRequest) {
  assertCanEditCandidates(user);
  const params = new SqlParams();
  const where = [visibleCandidates(user, params), ...filterConditions({ name__icontains: query.name || undefined }, CANDIDATE_FILTERS, params)];
  const jobParam = query.jobId === undefined ? undefined : params.add(query.jobId);
  if (jobParam) where.push(`EXISTS (SELECT 1 FROM job_universal_status WHERE candidate_id = c.id AND job_id = ${jobParam})`, jobIsVisible(user, params, jobParam));
  if (query.shortlisted) {
    // Shortlisted on a job the user may see: a shortlist on another team's job is not theirs to read.
    const onJob = jobParam ? ` AND sr.job_id = ${jobParam}` : '';
    where.push(`EXISTS (SELECT 1 FROM resumes sr JOIN jobs j ON j.id = sr.job_id
      WHERE sr.candidate_id = c.id AND sr.status_text = 'Shortlisted' AND ${visibleJobs(user, params)}${onJob})`);
  }
  const page = await fetchPage(pool, {
    item: "json_build_object('id', c.id, 'name', c.name)",
    from: `FROM candidates c WHERE ${where.join(' AND ')}`,
    orderBy: 'c.name, c.id',
    params,
  }, at);
  if (query.jobId !== undefined && !page.results.length) await visibleJobOwner(pool, user, query.jobId);
  return page;
}
