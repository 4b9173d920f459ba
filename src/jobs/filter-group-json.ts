import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import type { SqlParams } from '../http/sql.ts';

// A saved filter over a job's applicants (`g`: filter_groups), as /jobs/filter-group/ shows it.
export const FILTER_GROUP_JSON = `json_build_object('id', g.id, 'name', g.name, 'job', g.job_id, 'skills', g.skills,
  'work_experience', g.work_experience, 'location', g.location, 'ai_recommendations', g.ai_recommendations,
  'created_by', g.created_by, 'created_at', api_ts(g.created_at), 'updated_at', api_ts(g.updated_at))`;

/** Condition on filter_groups alias `g`: the organisation's groups for no job or for a job the user may see. */
export function visibleFilterGroups(user: AuthUser, params: SqlParams): string {
  return `g.org_id = ${params.add(user.org_id)} AND (g.job_id IS NULL OR g.job_id IN (SELECT j.id FROM jobs j WHERE ${visibleJobs(user, params)}))`;
}

/** The groups the user may change: a job's, for those who see the job; the organisation's, for its creator and Admins. */
export function changeableFilterGroups(user: AuthUser, params: SqlParams): string {
  const orgWide = user.role === 'Admin' ? 'true' : `g.created_by = ${params.add(user.id)}`;
  return `${visibleFilterGroups(user, params)} AND (g.job_id IS NOT NULL OR ${orgWide})`;
}
