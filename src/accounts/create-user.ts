import type pg from 'pg';
import { uniqueOr } from '../http/errors.ts';
import { hashPassword } from './passwords.ts';

export interface NewUser {
  org_id: number;
  name: string;
  email: string;
  password: string;
  role_id: number;
  contact?: string | null;
  country?: string | null;
  invited_by?: number | null;
}

/** Inserts a user; a taken e-mail (any organisation) -> 400 on `email`. Runs inside the caller's transaction when given one. */
export async function insertUser(db: pg.Pool | pg.PoolClient, user: NewUser): Promise<number> {
  const passwordHash = await hashPassword(user.password);
  const { rows } = await uniqueOr('users_email_key', { email: 'A user with this email already exists.' }, () =>
    db.query<{ id: number }>(
      `INSERT INTO users (org_id, name, email, password_hash, role_id, contact, country, invited_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [user.org_id, user.name, user.email.trim(), passwordHash, user.role_id, user.contact ?? null, user.country ?? null, user.invited_by ?? null],
    ));
  return rows[0].id;
}
