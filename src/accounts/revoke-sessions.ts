import type pg from 'pg';

/** Signs a user out everywhere: every session's tokens stop working (a deactivation, a password reset). */
export async function revokeSessions(client: pg.PoolClient, userId: number): Promise<void> {
  await client.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
}
