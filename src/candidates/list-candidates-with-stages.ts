import type pg from 'pg';
import { jobIsVisible } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { visibleJobOwner } from '../jobs/get-job.ts';
import { jobApplicantCount } from './applicant-count.ts';
import { STAGES_JSON, stageCondition } from './stages-json.ts';

/**
 * GET and POST /candidates/list-with-stages/: a job's applicants with their stages, newest
 * application first, optionally in one stage tab; an empty page when nobody matches. Its shape
 * is fixed, so the route runs it on Database.genericPlanPool.
 */
export async function listCandidatesWithStages(pool: pg.Pool, user: AuthUser, jobId: number, stageName: string | undefined, at: PageRequest) {
  const stage = stageCondition(stageName);
  const params = new SqlParams();
  const job = params.add(jobId);
  // The job's visibility is part of the page's query; only an empty page needs a second look,
  // to tell a job without applicants (an empty page) from one the user may not see (404).
  const where = [`a.job_id = ${job}`, jobIsVisible(user, params, job), ...(stage ? [stage] : [])];
  const page = await fetchPage(pool, {
    item: `json_build_object('id', c.id, 'name', c.name, 'email', c.email, 'avatar', c.profile_pic, 'location', c.location,
      'skills', coalesce(r.skills, '[]'), 'created_at', api_ts(c.created_at), 'updated_at', api_ts(c.updated_at),
      'current_stage', a.current_stage, 'stages', ${STAGES_JSON})`,
    driver: {
      alias: 'a',
      from: `FROM job_universal_status a WHERE ${where.join(' AND ')}`,
      joins: 'JOIN candidates c ON c.id = a.candidate_id LEFT JOIN resumes r ON r.candidate_id = a.candidate_id AND r.job_id = a.job_id',
    },
    // Every applicant of the job is counted by a trigger; a stage tab is counted on the index.
    count: stage ? undefined : jobApplicantCount(job),
    orderBy: 'a.created_at DESC, a.id DESC',
    params,
  }, at);
  if (!page.results.length) await visibleJobOwner(pool, user, jobId);
  return page;
}
