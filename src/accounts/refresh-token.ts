import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { unauthorized } from '../http/errors.ts';
import { issueTokens, type RoleName, type TokenKeys, verifyToken } from './tokens.ts';

/**
 * POST /accounts/token/refresh/: rotates the session's refresh token. A refresh token that is
 * not the session's newest was stolen or replayed, so the whole session is revoked.
 */
export async function refreshToken(pool: pg.Pool, keys: TokenKeys, refresh: string) {
  const claims = await verifyToken(keys, refresh, 'refresh');
  if (!claims?.jti) throw unauthorized('Token is invalid or expired');
  const nextId = randomUUID();
  const rotated = await pool.query<{ id: number; org_id: number; role: RoleName }>(
    `WITH s AS (
       UPDATE auth_sessions SET current_refresh_id = $3
       WHERE id = $1 AND current_refresh_id = $2 AND revoked_at IS NULL AND expires_at > now()
       RETURNING user_id)
     SELECT u.id, u.org_id, r.name AS role FROM s
     JOIN users u ON u.id = s.user_id AND u.is_active JOIN roles r ON r.id = u.role_id`,
    [claims.sid, claims.jti, nextId],
  );
  const user = rotated.rows[0];
  if (!user) {
    await pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [claims.sid]);
    throw unauthorized('Token is invalid or expired');
  }
  return issueTokens(keys, user, claims.sid, nextId);
}
