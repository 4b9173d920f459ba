import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';

/** GET /accounts/avatar/{id}/: the blob key of a colleague's photo; 404 without one or outside the organisation. */
export async function userPhotoKey(pool: pg.Pool, actor: AuthUser, userId: number): Promise<string> {
  const { rows } = await pool.query<{ profile_pic: string | null }>('SELECT profile_pic FROM users WHERE id = $1 AND org_id = $2', [userId, actor.org_id]);
  const key = rows[0]?.profile_pic;
  if (!key) throw notFound();
  return key;
}
