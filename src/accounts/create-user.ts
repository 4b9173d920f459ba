import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { invalid, uniqueOr } from '../http/errors.ts';
import { hashPassword } from './passwords.ts';

export interface NewUser {
  org_id: number;
  name: string;
  email: string;
  /** Without one, the account has a random password nobody knows until the user chooses theirs (a reset link). */
  password?: string;
  role_id: number;
  contact?: string | null;
  country?: string | null;
  invited_by?: number | null;
}

export const EMAIL_TAKEN = { email: 'A user with this email already exists.' };

// With `rejoin`: the e-mail of a deactivated member of the same organisation brings that member back.
const REJOIN = `ON CONFLICT ((lower(email))) DO UPDATE SET
  name = EXCLUDED.name, password_hash = EXCLUDED.password_hash, role_id = EXCLUDED.role_id, contact = EXCLUDED.contact,
  country = EXCLUDED.country, invited_by = EXCLUDED.invited_by, is_active = true, updated_at = now()
  WHERE users.org_id = EXCLUDED.org_id AND NOT users.is_active`;

/**
 * Inserts a user; a taken e-mail (any organisation) -> 400 on `email`. With `rejoin`, a member of the
 * same organisation removed earlier (deactivated) under that e-mail comes back instead, with these
 * details and password. Runs inside the caller's transaction when given one.
 */
export async function insertUser(db: pg.Pool | pg.PoolClient, user: NewUser, { rejoin = false } = {}): Promise<number> {
  const passwordHash = await hashPassword(user.password ?? randomBytes(32).toString('base64url'));
  const { rows } = await uniqueOr('users_email_key', EMAIL_TAKEN, () =>
    db.query<{ id: number }>(
      `INSERT INTO users (org_id, name, email, password_hash, role_id, contact, country, invited_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ${rejoin ? REJOIN : ''} RETURNING id`,
      [user.org_id, user.name, user.email.trim(), passwordHash, user.role_id, user.contact ?? null, user.country ?? null, user.invited_by ?? null],
    ));
  if (!rows[0]) throw invalid(EMAIL_TAKEN);
  return rows[0].id;
}
