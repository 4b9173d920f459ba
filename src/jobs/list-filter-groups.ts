import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { FILTER_GROUP_JSON, visibleFilterGroups } from './filter-group-json.ts';

/** GET /jobs/filter-group/[?job=]: the groups the user may see, newest first; `job` keeps one job's. */
export async function listFilterGroups(pool: pg.Pool, user: AuthUser, jobId: number | undefined, at: PageRequest) {
  const params = new SqlParams();
  const where = [visibleFilterGroups(user, params)];
  if (jobId !== undefined) where.push(`g.job_id = ${params.add(jobId)}`);
  return fetchPage(pool, { item: FILTER_GROUP_JSON, from: `FROM filter_groups g WHERE ${where.join(' AND ')}`, orderBy: 'g.id DESC', params }, at);
}
