import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { forbidden, invalid } from '../http/errors.ts';
import { type MailQueue, mailBudgetLeft, recordSentEmail } from '../mail/mail-budget.ts';
import { enqueue, QUEUES } from '../queue/index.ts';
import { insertUser } from './create-user.ts';
import { roleId } from './roles.ts';

export interface NewMember {
  name: string;
  email: string;
  password?: string;
  role: string | number;
  contact?: string | null;
  country?: string | null;
}

/**
 * POST /accounts/users/ and /accounts/user-add/: an Admin adds a member to their organisation. Given
 * no password (the web client's "Add User" sends none), the member is e-mailed a link to choose one,
 * within the organisation's daily e-mails (MAIL_DAILY_LIMIT). A member removed earlier comes back.
 */
export async function addMember(pool: pg.Pool, mail: MailQueue, actor: AuthUser, member: NewMember): Promise<number> {
  if (actor.role !== 'Admin') throw forbidden();
  const { role, ...details } = member;
  const user = { ...details, org_id: actor.org_id, role_id: await roleId(pool, role), invited_by: actor.id };
  if (member.password !== undefined) return insertUser(pool, user, { rejoin: true });
  return withTransaction(pool, async (client) => {
    const id = await insertUser(client, user, { rejoin: true });
    // Counted after the insert (which hashes a password first), so the organisation's e-mails wait on it only briefly.
    if (!(await mailBudgetLeft(client, actor.org_id, mail.dailyLimit))) {
      throw invalid({ password: `Your organisation may send ${mail.dailyLimit} e-mails in 24 hours, so no invitation can go today: give the member a password instead.` });
    }
    await enqueue(mail.queue, QUEUES.passwordReset, { email: member.email.trim().toLowerCase(), invitation: true }, { client });
    await recordSentEmail(client, actor.org_id);
    return id;
  });
}
