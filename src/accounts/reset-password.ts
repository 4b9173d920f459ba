import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { invalid } from '../http/errors.ts';
import { decodeUid, resetTokenValid } from './password-reset-token.ts';
import { hashPassword } from './passwords.ts';
import { revokeSessions } from './revoke-sessions.ts';

const BAD_LINK = 'The password reset link is invalid or has expired.';

/**
 * POST /accounts/user/reset-password/{uid}/{token}/: sets the new password from a reset link and
 * signs the user out everywhere. The link then stops working, as the password it was signed
 * over has changed (a second use racing the first finds the hash changed too).
 */
export async function resetPassword(pool: pg.Pool, secret: Uint8Array, uid: string, token: string, password: string, password2: string): Promise<void> {
  if (password !== password2) throw invalid({ password2: "The two passwords don't match." });
  const { rows } = await pool.query<{ id: number; password_hash: string }>('SELECT id, password_hash FROM users WHERE id = $1 AND is_active', [decodeUid(uid) ?? 0]);
  const user = rows[0];
  if (!user || !resetTokenValid(secret, user, token)) throw invalid({ token: BAD_LINK });
  const newHash = await hashPassword(password);
  await withTransaction(pool, async (client) => {
    const updated = await client.query(
      'UPDATE users SET password_hash = $3, updated_at = now() WHERE id = $1 AND password_hash = $2 AND is_active',
      [user.id, user.password_hash, newHash],
    );
    if (!updated.rowCount) throw invalid({ token: BAD_LINK });
    await revokeSessions(client, user.id);
  });
}
