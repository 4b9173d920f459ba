import type pg from 'pg';
import { invalid } from '../http/errors.ts';
import { emailCandidates } from '../mail/email-candidate.ts';
import type { MailQueue } from '../mail/mail-budget.ts';
import { type StatusEmail, statusEmail } from '../mail/status-email.ts';

/** A recruiter's e-mail to a candidate goes with a change of status only (and within the daily e-mails, emailCandidates). */
export function assertMayNotify(statusChanges: boolean): void {
  if (!statusChanges) throw invalid({ notify_candidate: 'An e-mail to the candidate goes with a change of status.' });
}

export interface Notice extends StatusEmail {
  orgId: number;
  candidateId: number;
  jobId: number;
}

/** Queues the e-mail in the caller's transaction, from "<organisation> via" MAIL_FROM's name; a 400 past the daily limit. */
export async function notifyCandidate(client: pg.PoolClient, notices: MailQueue, { orgId, candidateId, jobId, ...e }: Notice): Promise<void> {
  await emailCandidates(client, notices, orgId, [{ application: { candidateId, jobId }, mail: { ...statusEmail(e), sender: e.organisation } }], 'notify_candidate');
}
