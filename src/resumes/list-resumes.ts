import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { RESUME_JSON } from './resume-json.ts';

const RESUME_FILTERS: FilterFields = {
  id: { sql: 'r.id', type: 'number' },
  job: { sql: 'r.job_id', type: 'number' },
  job_id: { sql: 'r.job_id', type: 'number' },
  job__title: { sql: 'j.title', type: 'text' },
  candidate: { sql: 'r.candidate_id', type: 'number' },
  name: { sql: 'r.name', type: 'text' },
  status_text: { sql: 'r.status_text', type: 'text' },
  task_message: { sql: 'r.task_message', type: 'text' },
  completed: { sql: 'r.completed', type: 'boolean' },
  is_approved: { sql: 'r.is_approved', type: 'boolean' },
  retries: { sql: 'r.retries', type: 'number' },
  overall_score: { sql: 'r.overall_score', type: 'number' },
  resume_score__overall_score: { sql: 'r.overall_score', type: 'number' },
  relevant_experience_in_months: { sql: 'r.relevant_experience_in_months', type: 'number' },
  total_duration: { sql: 'r.total_duration', type: 'number' },
  created_at: { sql: 'r.created_at', type: 'date' },
  updated_at: { sql: 'r.updated_at', type: 'date' },
  approved_at: { sql: 'r.approved_at', type: 'date' },
};

// The grid's row: the resume, with the job's title for its Job Name column and the candidate's id where
// its name click reads it (candidate_ids[0]). Elsewhere a resume's `job` stays the bare id.
const GRID_ROW = `(${RESUME_JSON('r')}::jsonb || jsonb_build_object('candidate_ids', jsonb_build_array(r.candidate_id),
  'job', jsonb_build_object('id', j.id, 'title', j.title)))`;

/** GET /filter/resume (the client's resume-screening grid): resumes of the jobs the user may see, newest first. */
export async function listResumes(pool: pg.Pool, user: AuthUser, query: Record<string, unknown>, at: PageRequest) {
  const params = new SqlParams();
  const visible = visibleJobs(user, params);
  const filters = filterConditions(query, RESUME_FILTERS, params);
  return fetchPage(pool, {
    item: GRID_ROW,
    from: `FROM resumes r JOIN jobs j ON j.id = r.job_id WHERE ${[visible, ...filters].join(' AND ')}`,
    // Unfiltered, the jobs' applicant counters give the total: one resume per application.
    count: filters.length ? undefined : `SELECT coalesce(sum(j.applicants_count), 0) FROM jobs j WHERE ${visible}`,
    orderBy: `${ordering(query.o, RESUME_FILTERS, 'r.created_at DESC NULLS LAST')}, r.id DESC`,
    params,
  }, at);
}
