import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { withTransaction } from '../db/transaction.ts';
import { passwordResetEmail } from '../mail/password-reset-email.ts';
import { queueEmail } from '../mail/queue-email.ts';
import { encodeUid, resetToken } from './password-reset-token.ts';

/**
 * POST /accounts/send-reset-password-email/: e-mails an active user a link to
 * {appUrl}/reset-password/{uid}/{token}/. The answer is the same whether or not an account uses
 * the address, so it tells no one which addresses have accounts.
 */
export async function sendPasswordReset(pool: pg.Pool, queue: PgBoss, secret: Uint8Array, appUrl: string, email: string): Promise<void> {
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: number; name: string; email: string; password_hash: string }>(
      'SELECT id, name, email, password_hash FROM users WHERE lower(email) = lower($1) AND is_active',
      [email.trim()],
    );
    const user = rows[0];
    if (!user) return;
    const link = `${appUrl}/reset-password/${encodeUid(user.id)}/${resetToken(secret, user)}/`;
    await queueEmail(client, queue, passwordResetEmail(user.email, user.name, link));
  });
}
