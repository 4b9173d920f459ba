import type pg from 'pg';
import { notFound } from '../http/errors.ts';

/**
 * GET /jobs/candidate-view/{encrypted}/: what the public apply page needs. Unpublished and deleted
 * jobs do not exist for the public; a closed job is shown, with close_date, so the page can say so.
 */
export async function getPublicJob(pool: pg.Pool, publicKey: string) {
  const { rows } = await pool.query(
    `SELECT json_build_object('id', j.id, 'title', j.title, 'description', j.description, 'jd_html', j.jd_html,
       'published', j.published, 'close_date', api_ts(j.close_date), 'is_closed', coalesce(j.close_date < now(), false),
       'organization', json_build_object('id', j.org_id), 'interview_module', j.interview_module,
       'must_have_skills', j.must_have_skills, 'employment_type', j.employment_type, 'location', j.location,
       'min_experience', j.min_experience, 'max_experience', j.max_experience, 'experience', j.experience,
       'encrypted', j.encrypted, 'created_at', api_ts(j.created_at)) AS job
     FROM jobs j WHERE j.encrypted = $1 AND j.published AND NOT j.is_deleted`,
    [publicKey],
  );
  if (!rows[0]) throw notFound();
  return rows[0].job;
}
