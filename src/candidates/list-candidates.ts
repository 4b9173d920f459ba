import type pg from 'pg';
import { visibleCandidates } from '../access/candidates.ts';
import { jobIsVisible, visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { visibleJobOwner } from '../jobs/get-job.ts';
import { jobApplicantCount } from './applicant-count.ts';
import { BASIC_CANDIDATE_JSON, CANDIDATE_JSON } from './candidate-json.ts';
import type { CandidateView } from './get-candidate.ts';

export const CANDIDATE_FILTERS: FilterFields = {
  id: { sql: 'c.id', type: 'number' },
  name: { sql: 'c.name', type: 'text' },
  email: { sql: 'c.email', type: 'text' },
  contact: { sql: 'c.contact', type: 'text' },
  candidate_city: { sql: "(c.location->>'city')", type: 'text' },
  candidate_state: { sql: "(c.location->>'state')", type: 'text' },
  hired: { sql: 'c.hired', type: 'boolean' },
  created_at: { sql: 'c.created_at', type: 'date' },
  updated_at: { sql: 'c.updated_at', type: 'date' },
};

export interface CandidateList {
  view: CandidateView;
  /** Only the candidates who applied to this job, with only that application shown. */
  jobId?: number;
  orderBy: string;
}

/**
 * The candidates the user may see, a page at a time in one query, with `field__lookup` filters
 * and `o=` ordering: GET /candidates/candidate/, filter/, list/ and candidates-for-job/{job_id}/.
 */
export async function listCandidates(pool: pg.Pool, user: AuthUser, query: Record<string, unknown>, at: PageRequest, list: CandidateList) {
  const params = new SqlParams();
  let scope = visibleJobs(user, params);
  const filters = filterConditions(query, CANDIDATE_FILTERS, params);
  const where = [visibleCandidates(user, params), ...filters];
  let count: string | undefined;
  if (list.jobId !== undefined) {
    const job = params.add(list.jobId);
    scope = `${scope} AND j.id = ${job}`;
    where.push(`EXISTS (SELECT 1 FROM job_universal_status fa WHERE fa.candidate_id = c.id AND fa.job_id = ${job})`, jobIsVisible(user, params, job));
    if (!filters.length) count = jobApplicantCount(job);
  }
  const page = await fetchPage(pool, {
    item: list.view === 'full' ? CANDIDATE_JSON(scope) : BASIC_CANDIDATE_JSON(scope),
    from: `FROM candidates c WHERE ${where.join(' AND ')}`,
    count,
    orderBy: `${ordering(query.o, CANDIDATE_FILTERS, list.orderBy)}, c.id DESC`,
    params,
  }, at);
  if (list.jobId !== undefined && !page.results.length) await visibleJobOwner(pool, user, list.jobId);
  return page;
}
