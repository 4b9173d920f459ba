import type pg from 'pg';
import { assertCanEditCandidates, visibleCandidates } from '../access/candidates.ts';
import { jobIsVisible } from '../access/jobs.ts';
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
  const job = jobParam ? ` AND job_id = ${jobParam}` : '';
  if (jobParam) where.push(`EXISTS (SELECT 1 FROM job_universal_status WHERE candidate_id = c.id${job})`, jobIsVisible(user, params, jobParam));
  if (query.shortlisted) where.push(`EXISTS (SELECT 1 FROM resumes WHERE candidate_id = c.id AND status_text = 'Shortlisted'${job})`);
  const page = await fetchPage(pool, {
    item: "json_build_object('id', c.id, 'name', c.name)",
    from: `FROM candidates c WHERE ${where.join(' AND ')}`,
    orderBy: 'c.name, c.id',
    params,
  }, at);
  if (query.jobId !== undefined && !page.results.length) await visibleJobOwner(pool, user, query.jobId);
  return page;
}
