import type pg from 'pg';
import { QUEUES } from '../queue/index.ts';

/**
 * Deletes the e-mails to `address` that wait to be sent or that pg-boss keeps after sending
 * (its job and archive tables, pg-boss 10's schema "pgboss"): what a recruiter wrote a
 * candidate is their personal data, and goes with them.
 */
export async function forgetEmails(client: pg.PoolClient, address: string): Promise<void> {
  for (const table of ['pgboss.job', 'pgboss.archive']) {
    await client.query(`DELETE FROM ${table} WHERE name = $1 AND lower(data->>'to') = lower($2)`, [QUEUES.sendEmail, address]);
  }
}
