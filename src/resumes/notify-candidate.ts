import type pg from 'pg';
import { invalid } from '../http/errors.ts';
import { type MailQueue, mailBudgetLeft, recordSentEmail } from '../mail/mail-budget.ts';
import { queueCandidateEmail } from '../mail/queue-email.ts';
import { type StatusEmail, statusEmail } from '../mail/status-email.ts';

/**
 * A recruiter's e-mail to a candidate goes with a change of status only, and within the
 * organisation's daily e-mails: anyone may open an organisation, so without these Shortlist would
 * send whatever anyone writes to any address, as often as asked.
 */
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
  if (!(await mailBudgetLeft(client, orgId, notices.dailyLimit))) {
    throw invalid({ notify_candidate: `Your organisation has sent the ${notices.dailyLimit} e-mails it may send in 24 hours.` });
  }
  await queueCandidateEmail(client, notices.queue, { candidateId, jobId }, { ...statusEmail(e), sender: e.organisation });
  await recordSentEmail(client, orgId);
}
