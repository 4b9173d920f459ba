import type pg from 'pg';
import { prepared } from '../db/prepared.ts';
import { invalid, notFound } from '../http/errors.ts';
import { normaliseEmail } from './application-form.ts';

export type EmailCheck =
  | { exists: false }
  | { exists: true; id: number; applied_job: number; applied_jobs: number[]; resume: number; retries: number };

/**
 * GET /candidates/check-email/{job_id}/{email}/ (public): has this e-mail applied to this job?
 * The answer is 200 either way; applied_jobs (published jobs only: the caller is anonymous) lists
 * this job first, as the recruiter form sends it back as applied_job. An unpublished job is 404.
 */
export async function checkEmail(pool: pg.Pool, jobId: number, rawEmail: string): Promise<EmailCheck> {
  const email = normaliseEmail(rawEmail);
  if (!email) throw invalid({ email: 'Enter a valid email address.' });
  const { rows } = await pool.query(prepared(
    `SELECT j.id AS job_id, c.id, r.id AS resume, r.retries,
       array(SELECT a.job_id FROM job_universal_status a JOIN jobs pj ON pj.id = a.job_id AND pj.published AND NOT pj.is_deleted
             WHERE a.candidate_id = c.id ORDER BY a.job_id = j.id DESC, a.created_at DESC) AS applied_jobs
     FROM jobs j
     LEFT JOIN candidates c ON c.org_id = j.org_id AND lower(c.email) = lower($2)
     LEFT JOIN resumes r ON r.candidate_id = c.id AND r.job_id = j.id
     WHERE j.id = $1 AND j.published AND NOT j.is_deleted`,
    [jobId, email],
  ));
  const found = rows[0];
  if (!found) throw notFound('Job not found.');
  if (!found.resume) return { exists: false };
  return { exists: true, id: found.id, applied_job: found.job_id, applied_jobs: found.applied_jobs, resume: found.resume, retries: found.retries };
}
