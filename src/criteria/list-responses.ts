import type pg from 'pg';
import { visibleCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { RESPONSE_JSON } from './criterion-json.ts';

/** GET /jobs/candidate-responses/?candidate_id=&job_id=: answers to the criteria of the jobs the user may see. */
export async function listResponses(pool: pg.Pool, user: AuthUser, filter: { candidate_id?: number; job_id?: number }, at: PageRequest) {
  const params = new SqlParams();
  const where = [visibleJobs(user, params), visibleCandidates(user, params)];
  if (filter.candidate_id !== undefined) where.push(`cr.candidate_id = ${params.add(filter.candidate_id)}`);
  if (filter.job_id !== undefined) where.push(`sc.job_id = ${params.add(filter.job_id)}`);
  return fetchPage(pool, {
    item: RESPONSE_JSON,
    from: `FROM criteria_responses cr JOIN screening_criteria sc ON sc.id = cr.criterion_id JOIN jobs j ON j.id = sc.job_id
      JOIN candidates c ON c.id = cr.candidate_id WHERE ${where.join(' AND ')}`,
    orderBy: 'cr.candidate_id, sc.job_id, sc.id',
    params,
  }, at);
}
