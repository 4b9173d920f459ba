import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { assertCanEditCandidates, visibleCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { queueBlobDeletion } from './file-jobs.ts';

// Every file of the candidate's applications to the jobs in scope: resumes, audio answers to
// screening questions, recorded video interview answers, and the parts of answers still uploading.
const APPLICATION_FILES = (candidate: string, jobs: string) => `
  SELECT r.resume_file AS key FROM resumes r WHERE r.candidate_id = ${candidate} AND r.job_id IN (${jobs})
  UNION ALL SELECT e->>'audio_file' FROM resumes r, jsonb_array_elements(r.responses) e WHERE r.candidate_id = ${candidate} AND r.job_id IN (${jobs})
  UNION ALL SELECT unnest(ARRAY[a.video_file, a.audio_file]) FROM screening_answers a JOIN personality_screenings p ON p.id = a.screening_id
    WHERE p.candidate_id = ${candidate} AND p.job_id IN (${jobs})
  UNION ALL SELECT part->>'key' FROM video_uploads u JOIN personality_screenings p ON p.id = u.screening_id, jsonb_array_elements(u.parts) part
    WHERE p.candidate_id = ${candidate} AND p.job_id IN (${jobs})`;

// candidate_emails: the e-mails about the applications that wait to be sent.
const APPLICATION_TABLES = ['resumes', 'candidate_emails', 'job_universal_status', 'candidate_stage_events', 'interview_steps', 'test_logs', 'personality_screenings', 'step_feedback'];

/**
 * DELETE /candidates/candidate/{id}/: removes the candidate's applications to the jobs the
 * caller may see, and the candidate once no application is left (an Admin's delete removes all).
 * Their files are deleted by a delete-blobs job queued in the same transaction, which retries
 * until the store has let them go. The e-mails about the applications go too.
 */
export async function deleteCandidate(pool: pg.Pool, queue: PgBoss, user: AuthUser, id: number): Promise<void> {
  const params = new SqlParams();
  const { rowCount } = await pool.query(`SELECT 1 FROM candidates c WHERE c.id = ${params.add(id)} AND ${visibleCandidates(user, params)}`, params.values);
  if (!rowCount) throw notFound();
  assertCanEditCandidates(user);
  await withTransaction(pool, async (client) => {
    const scope = new SqlParams();
    const jobs = `SELECT j.id FROM jobs j WHERE ${visibleJobs(user, scope, 'j', true)}`;
    const candidate = scope.add(id);
    // Locked before the files are read: an answer or a resume being saved meanwhile commits
    // first, and the next statement's snapshot sees its file.
    for (const table of ['resumes', 'personality_screenings']) {
      await client.query(`SELECT 1 FROM ${table} WHERE candidate_id = ${candidate} AND job_id IN (${jobs}) FOR UPDATE`, scope.values);
    }
    const files = await client.query<{ key: string | null }>(APPLICATION_FILES(candidate, jobs), scope.values);
    for (const table of APPLICATION_TABLES) {
      await client.query(`DELETE FROM ${table} WHERE candidate_id = ${candidate} AND job_id IN (${jobs})`, scope.values);
    }
    await client.query(
      `DELETE FROM criteria_responses cr USING screening_criteria sc WHERE sc.id = cr.criterion_id AND cr.candidate_id = ${candidate} AND sc.job_id IN (${jobs})`,
      scope.values,
    );
    const removed = await client.query<{ profile_pic: string | null; intro_video: string | null }>(
      'DELETE FROM candidates c WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM job_universal_status a WHERE a.candidate_id = c.id) RETURNING profile_pic, intro_video',
      [id],
    );
    const own = removed.rows.flatMap((c) => [c.profile_pic, c.intro_video]);
    await queueBlobDeletion(client, queue, [...files.rows.map((f) => f.key), ...own]);
  });
}
