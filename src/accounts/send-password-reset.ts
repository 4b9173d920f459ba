import type PgBoss from 'pg-boss';
import { QUEUES } from '../queue/index.ts';

// At most one reset e-mail per address in this time, however often it is asked for.
const ONE_RESET_PER_SECONDS = 5 * 60;

/**
 * POST /accounts/send-reset-password-email/: queues a password-reset job for the address, whether
 * or not an account uses it, so that neither the answer nor its timing tells which addresses have
 * accounts; the worker looks the address up and e-mails the link (password-reset-handler.ts).
 */
export async function sendPasswordReset(queue: PgBoss, email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  // A singleton already queued for the address makes send() return null: that is the throttle.
  await queue.send(QUEUES.passwordReset, { email: address }, { singletonKey: `reset:${address}`, singletonSeconds: ONE_RESET_PER_SECONDS });
}
