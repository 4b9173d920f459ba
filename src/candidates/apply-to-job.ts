import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { insertClause, SqlParams } from '../http/sql.ts';
import { type MailQueue, mailBudgetLeft, recordSentEmail } from '../mail/mail-budget.ts';
import { newApplicantsEmail } from '../mail/new-applicant-email.ts';
import { queueEmailDebounced } from '../mail/queue-email.ts';
import { openResumeStep } from '../stages/open-resume-step.ts';
import { type ApplicationForm, type ApplicationInput, RESUME_FIELD } from './application-form.ts';
import { saveCandidateFields } from './candidate-columns.ts';
import { queueParse } from './file-jobs.ts';
import { recordStageEvent } from './record-stage-event.ts';
import { assertResumeSize, receivedResume, resubmitResume } from './resubmit-resume.ts';

interface OpenJob {
  id: number;
  org_id: number;
  score_weight_id: number;
  closed: boolean;
  preference_id: number | null;
  max_resume_size: number | null;
  max_applicants: number | null;
  title: string;
  owner_id: number;
  /** The owner's address when the job asks to hear of each new applicant. */
  notify_email: string | null;
}

// At most one new-applicants note per job in each slot of this time, however many apply.
const NOTE_EVERY_SECONDS = 10 * 60;

/** The note to the job's owner at `to`, within the organisation's daily e-mails (an application never fails for it). */
async function noteNewApplicants(client: pg.PoolClient, queue: PgBoss, job: OpenJob, to: string, dailyLimit: number): Promise<void> {
  if (!(await mailBudgetLeft(client, job.org_id, dailyLimit))) return;
  const queued = await queueEmailDebounced(client, queue, `applicants:${job.id}`, NOTE_EVERY_SECONDS, newApplicantsEmail(to, job.title));
  if (queued) await recordSentEmail(client, job.org_id);
}

/** The form field that named the job, for errors about it. */
const jobField = (input: ApplicationInput) => (input.jobKey ? 'job_key' : 'job_id');

/** The job applied to: published and not deleted (a recruiter may also add to a job they see). */
async function openJob(pool: pg.Pool, user: AuthUser | null, input: ApplicationInput): Promise<OpenJob> {
  const params = new SqlParams();
  const which = input.jobKey ? `j.encrypted = ${params.add(input.jobKey)}` : `j.id = ${params.add(input.jobId)}`;
  const reach = user ? `(j.published OR (${visibleJobs(user, params)}))` : 'j.published';
  const { rows } = await pool.query<OpenJob>(
    `SELECT j.id, j.org_id, j.score_weight_id, coalesce(j.close_date < now(), false) AS closed,
       p.id AS preference_id, p.max_resume_size, p.max_applicants, j.title, j.owner_id,
       CASE WHEN j.new_applicant_notify THEN (SELECT u.email FROM users u WHERE u.id = j.owner_id AND u.is_active) END AS notify_email
     FROM jobs j LEFT JOIN screening_preferences p ON p.job_id = j.id
     WHERE ${which} AND NOT j.is_deleted AND ${reach}`,
    params.values,
  );
  if (!rows[0]) throw invalid({ [jobField(input)]: 'No open job matches this key.' });
  if (rows[0].closed) throw invalid({ [jobField(input)]: 'This job is closed and no longer accepts applications.' });
  return rows[0];
}

/**
 * Refuses a new application past the job's max_applicants, or to a job deleted since it was
 * opened. The job's row is locked, so applications arriving together are counted one after
 * another. The caller has locked the candidate already (its fields are saved first), the order in
 * which deleting a job locks them.
 */
async function assertRoomForApplicant(client: pg.PoolClient, job: OpenJob, input: ApplicationInput): Promise<void> {
  if (!job.max_applicants) return;
  // NO KEY UPDATE: the resume already inserted holds a KEY SHARE lock on the job (its foreign
  // key), which FOR UPDATE would wait on in every other applicant, and they on it.
  const { rows } = await client.query<{ applicants_count: number; is_deleted: boolean }>(
    'SELECT applicants_count, is_deleted FROM jobs WHERE id = $1 FOR NO KEY UPDATE',
    [job.id],
  );
  if (rows[0].is_deleted) throw invalid({ [jobField(input)]: 'No open job matches this key.' });
  if (rows[0].applicants_count >= job.max_applicants) {
    throw invalid({ [jobField(input)]: 'This job has received the most applications it accepts.' });
  }
}

export interface Application {
  candidateId: number;
  jobId: number;
}

/**
 * POST /candidates/candidate/: the public apply flow (and a recruiter adding a resume). A new
 * application creates, in one transaction, the candidate (or reuses the organisation's
 * candidate with the same e-mail), the resume, the JobUniversalStatus and an "applied" event.
 * Applying again to the same job is a re-application, counted against max_retries.
 */
export async function applyToJob(pool: pg.Pool, { queue, dailyLimit }: MailQueue, user: AuthUser | null, { input, files }: ApplicationForm): Promise<Application> {
  const job = await openJob(pool, user, input);
  const file = files.find((f) => f.field === RESUME_FIELD);
  assertResumeSize(file, job.max_resume_size);
  const actorId = user && user.org_id === job.org_id ? user.id : null;
  return withTransaction(pool, async (client) => {
    const candidateId = await saveCandidateFields(client, queue, { orgId: job.org_id, createdBy: actorId }, input.candidate);
    const params = new SqlParams();
    const resume = {
      candidate_id: candidateId,
      job_id: job.id,
      score_weight_id: job.score_weight_id,
      preference_id: job.preference_id,
      name: input.candidate.name,
      relevant_experience_in_months: input.resume.relevant_experience_in_months ?? null,
      expected_ctc: input.resume.expected_ctc ?? null,
      responses: JSON.stringify(input.resume.responses ?? []),
      upload_count: 1,
      retries: 1,
      ...(file ? receivedResume(file) : {}),
    };
    const inserted = await client.query(
      `INSERT INTO resumes ${insertClause(resume, params)} ON CONFLICT (candidate_id, job_id) DO NOTHING RETURNING id`,
      params.values,
    );
    if (!inserted.rowCount) {
      await resubmitResume(client, { candidateId, jobId: job.id, actorId, resume: input.resume, file, queue });
      return { candidateId, jobId: job.id };
    }
    await assertRoomForApplicant(client, job, input);
    if (file) await queueParse(client, queue, inserted.rows[0].id, 1);
    await openResumeStep(client, candidateId, job.id);
    await client.query(
      `INSERT INTO job_universal_status (candidate_id, job_id, current_stage, status) VALUES ($1, $2, '', 'Applied')`,
      [candidateId, job.id],
    );
    await recordStageEvent(client, {
      candidateId,
      jobId: job.id,
      stage: 'application',
      action: 'applied',
      statusText: 'Under Review',
      actorId,
      details: { workflow_id: input.workflowId ?? null, files: files.map((f) => f.field) },
    });
    if (job.notify_email && actorId !== job.owner_id) await noteNewApplicants(client, queue, job, job.notify_email, dailyLimit);
    return { candidateId, jobId: job.id };
  });
}
