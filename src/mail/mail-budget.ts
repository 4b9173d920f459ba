import type pg from 'pg';
import type PgBoss from 'pg-boss';

// Any constant: it names the lock under which one organisation's e-mails are counted.
const MAIL_BUDGET_LOCK = 7_420_002;

/** What a change that may send e-mail needs: the job queue, and MAIL_DAILY_LIMIT, the e-mails an organisation may send in 24 hours. */
export interface MailQueue {
  queue: PgBoss;
  dailyLimit: number;
}

/**
 * Whether the organisation may send `count` more e-mails today (MAIL_DAILY_LIMIT in 24 hours), in
 * the caller's transaction. The organisation is locked until the transaction ends, so requests
 * arriving together are counted one after another; call recordSentEmail once they are queued.
 */
export async function mailBudgetLeft(client: pg.PoolClient, orgId: number, dailyLimit: number, count = 1): Promise<boolean> {
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [MAIL_BUDGET_LOCK, orgId]);
  const { rows } = await client.query<{ sent: number }>(
    "SELECT count(*)::int AS sent FROM sent_emails WHERE org_id = $1 AND created_at > now() - interval '1 day'",
    [orgId],
  );
  return rows[0].sent + count <= dailyLimit;
}

/** Logs `count` e-mails queued, and forgets the organisation's e-mails older than a day (only the last day counts). */
export async function recordSentEmail(client: pg.PoolClient, orgId: number, count = 1): Promise<void> {
  await client.query("DELETE FROM sent_emails WHERE org_id = $1 AND created_at <= now() - interval '1 day'", [orgId]);
  await client.query('INSERT INTO sent_emails (org_id) SELECT $1 FROM generate_series(1, $2)', [orgId, count]);
}
