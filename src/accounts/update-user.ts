import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { queueBlobDeletion } from '../candidates/file-jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { forbidden, invalid, notFound, uniqueOr } from '../http/errors.ts';
import { EMAIL_TAKEN } from './create-user.ts';
import { revokeSessions } from './revoke-sessions.ts';
import { roleId } from './roles.ts';

export interface UserChanges {
  name?: string;
  email?: string;
  role?: string | number;
  is_active?: boolean;
  contact?: string | null;
  country?: string | null;
  /** Blob key of a newly uploaded photo; the one it replaces is deleted once the change commits. */
  profile_pic?: string;
}

/**
 * Under a lock on the organisation's active Admins (in id order, so two such changes queue up):
 * the actor is still one of them, and when `user` loses the role (`field` names how), another
 * remains. Two Admins demoting each other at once would otherwise leave none.
 */
async function assertAdminsRemain(client: pg.PoolClient, actor: AuthUser, userId: number, field: 'role' | 'is_active' | null): Promise<void> {
  const { rows } = await client.query<{ id: number }>(
    'SELECT id FROM users WHERE org_id = $1 AND role_id = 1 AND is_active ORDER BY id FOR UPDATE',
    [actor.org_id],
  );
  if (!rows.some((r) => r.id === actor.id)) throw forbidden();
  if (field && !rows.some((r) => r.id !== userId)) throw invalid({ [field]: 'The organisation must keep at least one active Admin.' });
}

/**
 * PATCH /accounts/users/{id}/: Admins change anyone in their organisation; others only their own
 * name, e-mail, contact and country. An Admin cannot demote or deactivate themselves, so an
 * organisation never loses its last way in. An e-mail another account uses -> 400 on `email`.
 */
export async function updateUser(pool: pg.Pool, queue: PgBoss, actor: AuthUser, userId: number, changes: UserChanges): Promise<void> {
  const { rows } = await pool.query<{ org_id: number }>('SELECT org_id FROM users WHERE id = $1', [userId]);
  if (!rows[0] || rows[0].org_id !== actor.org_id) throw notFound();
  const isAdmin = actor.role === 'Admin';
  const privileged = changes.role !== undefined || changes.is_active !== undefined;
  if (!isAdmin && (userId !== actor.id || privileged)) throw forbidden();
  if (userId === actor.id && changes.is_active === false) throw invalid({ is_active: 'You cannot deactivate yourself.' });
  const newRole = changes.role === undefined ? undefined : await roleId(pool, changes.role);
  if (userId === actor.id && newRole !== undefined && newRole !== 1) throw invalid({ role: 'You cannot remove your own Admin role.' });
  await withTransaction(pool, async (client) => {
    if (privileged) await assertAdminsRemain(client, actor, userId, newRole !== undefined && newRole !== 1 ? 'role' : changes.is_active === false ? 'is_active' : null);
    const { rows: updated } = await uniqueOr('users_email_key', EMAIL_TAKEN, () =>
      client.query<{ old_pic: string | null }>(
        `UPDATE users u SET
           name = coalesce($2, name), role_id = coalesce($3, role_id), is_active = coalesce($4, is_active),
           contact = CASE WHEN $5::boolean THEN $6 ELSE contact END,
           country = CASE WHEN $7::boolean THEN $8 ELSE country END,
           profile_pic = coalesce($9, u.profile_pic), email = coalesce($10, email),
           updated_at = now()
         FROM (SELECT profile_pic AS old_pic FROM users WHERE id = $1 FOR UPDATE) old
         WHERE u.id = $1
         RETURNING old.old_pic`,
        [userId, changes.name ?? null, newRole ?? null, changes.is_active ?? null, 'contact' in changes, changes.contact ?? null, 'country' in changes, changes.country ?? null, changes.profile_pic ?? null, changes.email ?? null],
      ));
    const old = updated[0]?.old_pic;
    if (changes.profile_pic && old !== changes.profile_pic) await queueBlobDeletion(client, queue, [old]);
    // In the same transaction: once the change is saved, nothing after it can fail and make the
    // route discard a photo the user now has.
    if (changes.is_active === false) {
      await revokeSessions(client, userId);
    }
  });
}
