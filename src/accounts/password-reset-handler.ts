// password-reset: e-mails an active user a link to {APP_URL}/reset-password/{uid}/{token}/; an
// address no account uses gets nothing.
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordResetEmail } from '../mail/password-reset-email.ts';
import { deliver } from '../mail/send-email-handler.ts';
import type { JobHandler } from '../queue/workers.ts';
import { encodeUid, resetToken } from './password-reset-token.ts';
import { signingKey } from './tokens.ts';

export function passwordResetHandler(config: Config, database: Database, mailer: Mailer): JobHandler<'password-reset'> {
  const secret = signingKey(config.jwtSecret);
  return async (job) => {
    const { rows } = await database.pool.query<{ id: number; name: string; email: string; password_hash: string }>(
      'SELECT id, name, email, password_hash FROM users WHERE lower(email) = $1 AND is_active',
      [job.data.email],
    );
    const user = rows[0];
    if (!user) return;
    const link = `${config.appUrl}/reset-password/${encodeUid(user.id)}/${resetToken(secret, user)}/`;
    await deliver(mailer, passwordResetEmail(user.email, user.name, link), job);
  };
}
