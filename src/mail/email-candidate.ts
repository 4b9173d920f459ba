import type pg from 'pg';
import { invalid } from '../http/errors.ts';
import { type MailQueue, mailBudgetLeft, recordSentEmail } from './mail-budget.ts';
import { type CandidateEmail, queueCandidateEmails } from './queue-email.ts';

/** What an e-mail inviting candidates to a step needs: the e-mail queue and limit, and the web app (APP_URL) its links open. */
export interface Invitations extends MailQueue {
  appUrl: string;
}

/**
 * Queues e-mails to candidates about their applications in the caller's transaction, within the
 * organisation's daily e-mails (MAIL_DAILY_LIMIT): past it, none is sent and `field` gets a 400.
 * Anyone may open an organisation, so without the limit Shortlist would send to any address as
 * often as asked. The queries are the same for one e-mail or many.
 */
export async function emailCandidates(client: pg.PoolClient, notices: MailQueue, orgId: number, emails: CandidateEmail[], field: string): Promise<void> {
  if (!emails.length) return;
  if (!(await mailBudgetLeft(client, orgId, notices.dailyLimit, emails.length))) {
    throw invalid({ [field]: `Your organisation may send ${notices.dailyLimit} e-mails in 24 hours; these would pass that.` });
  }
  await queueCandidateEmails(client, notices.queue, emails);
  await recordSentEmail(client, orgId, emails.length);
}
