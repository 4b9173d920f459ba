import type pg from 'pg';
import { visibleCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import { prepared } from '../db/prepared.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { BASIC_CANDIDATE_JSON, CANDIDATE_JSON } from './candidate-json.ts';

export type CandidateView = 'full' | 'basic';

const json = (view: CandidateView, scope: string) => (view === 'full' ? CANDIDATE_JSON(scope) : BASIC_CANDIDATE_JSON(scope));

/** A candidate the user may see, with the applications to jobs the user may see; 404 otherwise. */
export async function getCandidate(pool: pg.Pool, user: AuthUser, id: number, view: CandidateView = 'full') {
  const params = new SqlParams();
  const scope = visibleJobs(user, params);
  const { rows } = await pool.query(
    prepared(`SELECT ${json(view, scope)} AS candidate FROM candidates c WHERE c.id = ${params.add(id)} AND ${visibleCandidates(user, params)}`, params.values),
  );
  if (!rows[0]) throw notFound();
  return rows[0].candidate;
}

/**
 * What an anonymous caller of the public apply flow gets back: a receipt of the application to
 * `jobId` (ids, status, retries), never the candidate's stored profile, parsed resume, scores or
 * files, since anyone who knows an e-mail address can reach this flow.
 */
export async function getApplicant(pool: pg.Pool, id: number, jobId: number) {
  const { rows } = await pool.query(
    `SELECT json_build_object('id', c.id, 'candidate_id', c.id, 'name', c.name, 'email', c.email,
       'applied_jobs', coalesce((SELECT json_agg(json_build_object('id', j.id, 'title', j.title)) FROM jobs j WHERE j.id = $2 AND EXISTS (SELECT 1 FROM resumes r WHERE r.candidate_id = c.id AND r.job_id = j.id)), '[]'),
       'resumes', coalesce((SELECT json_agg(json_build_object('id', r.id, 'job', r.job_id, 'status_text', r.status_text,
           'completed', r.completed, 'retries', r.retries, 'upload_count', r.upload_count, 'created_at', api_ts(r.created_at)))
         FROM resumes r WHERE r.candidate_id = c.id AND r.job_id = $2), '[]'),
       'created_at', api_ts(c.created_at), 'updated_at', api_ts(c.updated_at)) AS candidate
     FROM candidates c WHERE c.id = $1`,
    [id, jobId],
  );
  if (!rows[0]) throw notFound();
  return rows[0].candidate;
}

/** GET /candidates/candidate-details/{id}/ (public): the name the video interview pages show. */
export async function getCandidateName(pool: pg.Pool, id: number) {
  const { rows } = await pool.query<{ id: number; name: string }>('SELECT id, name FROM candidates WHERE id = $1', [id]);
  if (!rows[0]) throw notFound();
  return rows[0];
}
