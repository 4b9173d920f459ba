import type pg from 'pg';
import { assertCanEditCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import { recordStageEvent } from '../candidates/record-stage-event.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { SqlParams } from '../http/sql.ts';
import type { MailQueue } from '../mail/mail-budget.ts';
import { recordProgress, type StageAction } from '../stages/record-progress.ts';
import { assertMayNotify, notifyCandidate } from './notify-candidate.ts';

export interface ResumeStatusChange {
  status_text?: string;
  is_approved?: boolean;
  notify_candidate?: boolean | null;
  subject?: string | null;
  body?: string | null;
}

// A decision on the resume is the resume-screening stage's outcome; Under Review reopens it.
const STATUS_ACTION: Record<string, StageAction> = { Shortlisted: 'approve', 'Not Shortlisted': 'reject', 'On Hold': 'hold', 'Under Review': 'start' };

/**
 * PATCH /resume_parser/resumes/{id}/: a recruiter's review (Shortlisted, Not Shortlisted, Under
 * Review, On Hold). Who reviewed and approved is the caller, whatever ids the body names; the
 * approval follows the status unless is_approved is sent. Each change is a stage event. With
 * notify_candidate, the candidate is e-mailed the recruiter's subject and body (or a message for
 * the status), replies going to the recruiter, once the change commits (see notify-candidate.ts).
 */
export async function updateResumeStatus(pool: pg.Pool, notices: MailQueue, user: AuthUser, id: number, change: ResumeStatusChange): Promise<void> {
  const params = new SqlParams();
  const { rows } = await pool.query<{
    candidate_id: number; job_id: number; org_id: number; status_text: string; is_approved: boolean;
    candidate_email: string; candidate_name: string; job_title: string; organisation: string; recruiter_email: string;
  }>(
    `SELECT r.candidate_id, r.job_id, j.org_id, r.status_text, r.is_approved, c.email AS candidate_email, c.name AS candidate_name,
       j.title AS job_title, o.name AS organisation, (SELECT u.email FROM users u WHERE u.id = ${params.add(user.id)}) AS recruiter_email
     FROM resumes r JOIN jobs j ON j.id = r.job_id JOIN candidates c ON c.id = r.candidate_id JOIN organisations o ON o.id = j.org_id
     WHERE r.id = ${params.add(id)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  const current = rows[0];
  if (!current) throw notFound();
  assertCanEditCandidates(user);
  if (change.status_text === undefined && change.is_approved === undefined) return;
  const status = change.status_text ?? current.status_text;
  const approved = change.is_approved ?? (change.status_text ? status === 'Shortlisted' : current.is_approved);
  if (change.notify_candidate) assertMayNotify(status !== current.status_text);
  await withTransaction(pool, async (client) => {
    await client.query(
      `UPDATE resumes SET status_text = $2, is_approved = $3,
         approved_by = CASE WHEN $3 THEN (CASE WHEN is_approved THEN approved_by ELSE $4 END) END,
         approved_at = CASE WHEN $3 THEN (CASE WHEN is_approved THEN approved_at ELSE now() END) END,
         updated_by = $4, updated_at = now()
       WHERE id = $1`,
      [id, status, approved, user.id],
    );
    const action = STATUS_ACTION[status];
    const details = { from: current.status_text, is_approved: approved, notify_candidate: change.notify_candidate ?? false };
    const event = { candidateId: current.candidate_id, jobId: current.job_id, actorId: user.id, statusText: status, details };
    if (action) await recordProgress(client, { ...event, stage: 'resume-screening', action });
    else await recordStageEvent(client, { ...event, stage: 'resume-screening', action: 'status_changed' });
    if (change.notify_candidate) {
      const { candidate_email: to, candidate_name: candidateName, job_title: jobTitle, organisation, recruiter_email: replyTo } = current;
      const about = { orgId: current.org_id, candidateId: current.candidate_id, jobId: current.job_id };
      await notifyCandidate(client, notices, { ...about, to, candidateName, jobTitle, organisation, status, subject: change.subject, body: change.body, replyTo });
    }
  });
}
