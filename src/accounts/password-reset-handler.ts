// password-reset: e-mails an active user a link to {APP_URL}/app/reset-password/{uid}/{token}/ (the web client's page); an
// address no account uses gets nothing. A team member added without a password gets the same
// link, valid for a week, in an e-mail saying who added them.
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordResetEmail } from '../mail/password-reset-email.ts';
import { deliver } from '../mail/send-email-handler.ts';
import { teamInvitationEmail } from '../mail/team-invitation-email.ts';
import type { JobHandler } from '../queue/workers.ts';
import { encodeUid, INVITATION_TTL_SECONDS, resetToken } from './password-reset-token.ts';
import { signingKey } from './tokens.ts';

interface Recipient {
  id: number;
  name: string;
  email: string;
  password_hash: string;
  inviter: string | null;
  organisation: string;
}

export function passwordResetHandler(config: Config, database: Database, mailer: Mailer): JobHandler<'password-reset'> {
  const secret = signingKey(config.jwtSecret);
  return async (job) => {
    const { rows } = await database.pool.query<Recipient>(
      `SELECT u.id, u.name, u.email, u.password_hash, i.name AS inviter, o.name AS organisation
       FROM users u JOIN organisations o ON o.id = u.org_id LEFT JOIN users i ON i.id = u.invited_by
       WHERE lower(u.email) = $1 AND u.is_active`,
      [job.data.email],
    );
    const user = rows[0];
    if (!user) return;
    const link = (ttl?: number) => `${config.appUrl}/app/reset-password/${encodeUid(user.id)}/${resetToken(secret, user, Date.now(), ttl)}/`;
    const mail = job.data.invitation
      ? teamInvitationEmail(user.email, user.name, user.inviter ?? 'Your team', user.organisation, link(INVITATION_TTL_SECONDS))
      : passwordResetEmail(user.email, user.name, link());
    await deliver(mailer, mail, job);
  };
}
