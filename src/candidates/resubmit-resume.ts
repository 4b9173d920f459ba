import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { HttpError, invalid } from '../http/errors.ts';
import { SqlParams, setClause } from '../http/sql.ts';
import { openResumeStep } from '../stages/open-resume-step.ts';
import { RESUME_FIELD, type ResumeFields, type UploadedFile } from './application-form.ts';
import { queueBlobDeletion, queueParse } from './file-jobs.ts';
import { recordStageEvent } from './record-stage-event.ts';

/** 400 naming `file` when the resume is larger than the job's screening preferences allow. */
export function assertResumeSize(file: UploadedFile | undefined, maxBytes: number | null): void {
  if (file && maxBytes && file.size > maxBytes) {
    throw invalid({ [RESUME_FIELD]: `The resume is larger than this job accepts (${Math.floor(maxBytes / 1024 / 1024)} MB at most).` });
  }
}

/** Columns describing a newly received resume, waiting for its parse job. */
export const receivedResume = (file: UploadedFile) => ({
  resume_file: file.key,
  resume_file_name: file.filename,
  resume_content_type: file.contentType,
  resume_size: file.size,
  resume_sha256: file.sha256,
  status_text: 'Under Review',
  completed: false,
  task_message: null,
});

export interface Resubmission {
  candidateId: number;
  jobId: number;
  actorId: number | null;
  resume: ResumeFields;
  /** A new resume file: a re-application, counted against the job's max_retries. */
  file?: UploadedFile;
  queue: PgBoss;
}

/**
 * Updates a candidate's application to a job. `retries` counts the applications made (1 after
 * the first); a new file is accepted while retries <= max_retries, so max_retries is the number
 * of re-applications allowed.
 */
export async function resubmitResume(client: pg.PoolClient, a: Resubmission): Promise<number> {
  const { rows } = await client.query<{ id: number; retries: number; upload_count: number; resume_file: string | null; max_retries: number | null; max_resume_size: number | null }>(
    `SELECT r.id, r.retries, r.upload_count, r.resume_file, p.max_retries, p.max_resume_size FROM resumes r
     LEFT JOIN screening_preferences p ON p.job_id = r.job_id
     WHERE r.candidate_id = $1 AND r.job_id = $2 FOR UPDATE OF r`,
    [a.candidateId, a.jobId],
  );
  const current = rows[0];
  if (!current) throw invalid({ applied_job: 'The candidate has not applied to this job.' });
  const values: Record<string, unknown> = { ...a.resume, updated_at: new Date() };
  if (a.resume.responses) values.responses = JSON.stringify(a.resume.responses);
  if (a.file) {
    const allowed = current.max_retries ?? 1;
    if (current.retries > allowed) {
      throw new HttpError(400, {
        detail: `Maximum retries exceeded: this job accepts ${allowed} re-application${allowed === 1 ? '' : 's'} and this e-mail has used them.`,
        retries: [`Maximum retries (${allowed}) exceeded.`],
      });
    }
    assertResumeSize(a.file, current.max_resume_size);
    Object.assign(values, receivedResume(a.file));
  }
  const params = new SqlParams();
  const counters = a.file ? ', upload_count = upload_count + 1, retries = retries + 1' : '';
  await client.query(`UPDATE resumes SET ${setClause(values, params)}${counters} WHERE id = ${params.add(current.id)}`, params.values);
  if (a.file) {
    await queueParse(client, a.queue, current.id, current.upload_count + 1);
    await openResumeStep(client, a.candidateId, a.jobId);
    await queueBlobDeletion(client, a.queue, [current.resume_file]);
    await client.query(
      `UPDATE job_universal_status SET status = 'Applied', updated_at = now()
       WHERE candidate_id = $1 AND job_id = $2`,
      [a.candidateId, a.jobId],
    );
    await recordStageEvent(client, {
      candidateId: a.candidateId,
      jobId: a.jobId,
      stage: 'resume-screening',
      action: 'reapplied',
      statusText: 'Under Review',
      actorId: a.actorId,
      details: { retries: current.retries + 1 },
    });
  }
  return current.id;
}
