import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { unauthorized } from '../http/errors.ts';
import { hashPassword, passwordMatches } from './passwords.ts';
import { issueTokens, type RoleName, type TokenKeys } from './tokens.ts';

// Verified against a real hash when the e-mail is unknown, so both failures take as long.
let dummyHash: Promise<string> | undefined;
const hashForUnknownUser = () => {
  dummyHash ??= hashPassword('not a password');
  return dummyHash;
};

/** POST /accounts/token/: checks the password and opens a login session. */
export async function login(pool: pg.Pool, keys: TokenKeys, email: string, password: string) {
  const { rows } = await pool.query<{ id: number; org_id: number; role: RoleName; password_hash: string; is_active: boolean }>(
    `SELECT u.id, u.org_id, r.name AS role, u.password_hash, u.is_active
     FROM users u JOIN roles r ON r.id = u.role_id WHERE lower(u.email) = lower($1)`,
    [email],
  );
  const user = rows[0];
  const ok = await passwordMatches(user?.password_hash ?? (await hashForUnknownUser()), password);
  if (!user || !ok || !user.is_active) throw unauthorized('No active account found with the given credentials');
  const sessionId = randomUUID();
  const refreshId = randomUUID();
  await pool.query(
    `WITH s AS (INSERT INTO auth_sessions (id, user_id, current_refresh_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)))
     UPDATE users SET last_login = now(), last_seen = now() WHERE id = $2`,
    [sessionId, user.id, refreshId, keys.refreshTtl],
  );
  return issueTokens(keys, user, sessionId, refreshId);
}
