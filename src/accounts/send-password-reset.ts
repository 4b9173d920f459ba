import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueueThrottled, QUEUES } from '../queue/index.ts';

// At most one reset e-mail per address in each slot of this time (a fixed five minutes of the
// clock), however often it is asked for.
const ONE_RESET_PER_SECONDS = 5 * 60;

/**
 * POST /accounts/send-reset-password-email/: queues a password-reset job for the address, whether
 * or not an account uses it, so that neither the answer nor its timing tells which addresses have
 * accounts; the worker looks the address up and e-mails the link (password-reset-handler.ts).
 */
export async function sendPasswordReset(pool: pg.Pool, queue: PgBoss, email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await enqueueThrottled(queue, QUEUES.passwordReset, { email: address }, { client: pool, singletonKey: `reset:${address}`, singletonSeconds: ONE_RESET_PER_SECONDS });
}
