import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { assertCanEditCandidates, visibleCandidates } from '../access/candidates.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import { type ApplicationForm, type ApplicationInput, RESUME_FIELD } from './application-form.ts';
import { updateCandidateFields } from './candidate-columns.ts';
import { resubmitResume } from './resubmit-resume.ts';

interface Target {
  email: string;
  jobs: number[];
}

async function candidateTarget(pool: pg.Pool, user: AuthUser | null, candidateId: number): Promise<Target> {
  const params = new SqlParams();
  const reach = user ? visibleCandidates(user, params) : 'true';
  const { rows } = await pool.query<Target>(
    `SELECT c.email, array(SELECT a.job_id FROM job_universal_status a WHERE a.candidate_id = c.id) AS jobs
     FROM candidates c WHERE c.id = ${params.add(candidateId)} AND ${reach}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** The job whose application changes: applied_job (check-email's answer), or the job sent. */
function targetJob(input: ApplicationInput, target: Target): number | undefined {
  const jobId = input.appliedJobs[0] ?? input.jobId;
  if (jobId !== undefined && !target.jobs.includes(jobId)) throw invalid({ applied_job: 'The candidate has not applied to this job.' });
  return jobId;
}

/**
 * PUT and PATCH /candidates/candidate/{id}/ (both partial). The public re-apply form sends no
 * token: it must name the candidate's e-mail and a job they applied to, as check-email gave them.
 * Recruiters (Admin, Editor) update the candidates they may see. A new resume file counts a retry.
 */
export async function updateCandidate(pool: pg.Pool, queue: PgBoss, user: AuthUser | null, candidateId: number, { input, files }: ApplicationForm): Promise<number | undefined> {
  const target = await candidateTarget(pool, user, candidateId);
  if (user) assertCanEditCandidates(user);
  else {
    if (!input.candidate.email) throw invalid({ email: 'This field is required.' });
    if (!input.appliedJobs.length) throw invalid({ applied_job: 'This field is required.' });
    if (input.candidate.email.toLowerCase() !== target.email.toLowerCase()) throw notFound();
  }
  const jobId = targetJob(input, target);
  const file = files.find((f) => f.field === RESUME_FIELD);
  if (file && jobId === undefined) throw invalid({ applied_job: 'Name the job this resume is for.' });
  await withTransaction(pool, async (client) => {
    await updateCandidateFields(client, queue, candidateId, input.candidate);
    if (jobId === undefined) return;
    const resumeId = await resubmitResume(client, { candidateId, jobId, actorId: user?.id ?? null, resume: input.resume, file, queue });
    if (input.resumeId !== undefined && input.resumeId !== resumeId) throw invalid({ resume: 'This resume is not the application to that job.' });
  });
  return jobId;
}
