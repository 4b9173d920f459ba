import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { invalid } from '../http/errors.ts';
import { queueEmail } from '../mail/queue-email.ts';
import { type StatusEmail, statusEmail } from '../mail/status-email.ts';

export interface CandidateNotices {
  queue: PgBoss;
  /** MAIL_DAILY_LIMIT: e-mails to candidates an organisation may send in 24 hours. */
  dailyLimit: number;
}

/**
 * A recruiter's e-mail to a candidate goes with a change of status only, and within the
 * organisation's daily limit: anyone may open an organisation, so without them Shortlist would
 * send whatever anyone writes to any address, as often as asked.
 */
export async function assertMayNotify(pool: pg.Pool, orgId: number, statusChanges: boolean, dailyLimit: number): Promise<void> {
  if (!statusChanges) throw invalid({ notify_candidate: 'An e-mail to the candidate goes with a change of status.' });
  const { rows } = await pool.query<{ sent: number }>(
    `SELECT count(*)::int AS sent FROM candidate_stage_events e JOIN jobs j ON j.id = e.job_id
     WHERE j.org_id = $1 AND e.created_at > now() - interval '1 day' AND e.details->>'notify_candidate' = 'true'`,
    [orgId],
  );
  if (rows[0].sent >= dailyLimit) {
    throw invalid({ notify_candidate: `Your organisation has sent the ${dailyLimit} e-mails to candidates it may send in 24 hours.` });
  }
}

/** Queues the e-mail in the caller's transaction, from "<organisation> via" MAIL_FROM's name. */
export async function notifyCandidate(client: pg.PoolClient, notices: CandidateNotices, e: StatusEmail): Promise<void> {
  await queueEmail(client, notices.queue, { ...statusEmail(e), sender: e.organisation });
}
