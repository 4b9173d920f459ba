import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { jobGridFilters } from './grid-filters.ts';
import { JOB_JSON } from './job-json.ts';

export const JOB_FILTERS: FilterFields = {
  id: { sql: 'j.id', type: 'number' },
  title: { sql: 'j.title', type: 'text' },
  location: { sql: 'j.location', type: 'text' },
  employment_type: { sql: 'j.employment_type', type: 'text' },
  published: { sql: 'j.published', type: 'boolean' },
  owner: { sql: 'j.owner_id', type: 'number' },
  // The web client's jobs grid filters its "Created By" column by name.
  owner__name: { sql: '(SELECT u.name FROM users u WHERE u.id = j.owner_id)', type: 'text' },
  applicants_count: { sql: 'j.applicants_count', type: 'number' },
  min_experience: { sql: 'j.min_experience', type: 'number' },
  max_experience: { sql: 'j.max_experience', type: 'number' },
  close_date: { sql: 'j.close_date', type: 'date' },
  created_at: { sql: 'j.created_at', type: 'date' },
  updated_at: { sql: 'j.updated_at', type: 'date' },
};

/** GET /jobs/job/, /jobs/list/ and /filter/job: the jobs the user may see, newest first. */
export async function listJobs(pool: pg.Pool, user: AuthUser, query: Record<string, unknown>, at: PageRequest) {
  const params = new SqlParams();
  const grid = jobGridFilters(query, params);
  const where = [visibleJobs(user, params), ...grid.conditions, ...filterConditions(grid.others, JOB_FILTERS, params)];
  return fetchPage(pool, {
    item: JOB_JSON,
    from: `FROM jobs j WHERE ${where.join(' AND ')}`,
    orderBy: `${ordering(query.o, JOB_FILTERS, 'j.created_at DESC')}, j.id DESC`,
    params,
  }, at);
}

/** GET /jobs/job-names-list/?title=: id and title for type-ahead pickers. */
export async function listJobNames(pool: pg.Pool, user: AuthUser, title: string | undefined, at: PageRequest) {
  const params = new SqlParams();
  const where = [visibleJobs(user, params), ...filterConditions({ title__icontains: title || undefined }, JOB_FILTERS, params)];
  return fetchPage(pool, {
    item: "json_build_object('id', j.id, 'title', j.title)",
    from: `FROM jobs j WHERE ${where.join(' AND ')}`,
    orderBy: 'j.title, j.id',
    params,
  }, at);
}
