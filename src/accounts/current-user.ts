import type pg from 'pg';
import { notFound } from '../http/errors.ts';
import { USER_JSON } from './user-json.ts';

// The client tells an organisation's services by its own keys (client-compat §d: resume-screening,
// personality-screening, test, ai-interview); the stages keep theirs (src/interview/steps.ts
// accepts both in workflows).
const CLIENT_SERVICE_KEY = "CASE s.key WHEN 'automated-video-interview' THEN 'personality-screening' WHEN 'assessment' THEN 'test' ELSE s.key END";

/** GET /accounts/user/: the user with their organisation and its services, as the client reads it. */
export async function currentUserProfile(pool: pg.Pool, userId: number) {
  // The visit is recorded in the same statement; the answer shows last_seen as it was before it.
  const { rows } = await pool.query(
    `WITH seen AS (UPDATE users SET last_seen = now() WHERE id = $1)
     SELECT ${USER_JSON}::jsonb || jsonb_build_object(
       'is_superadmin', false,
       'org', jsonb_build_object(
         'org_id', o.id, 'org_name', o.name, 'org_domain', o.domain,
         'org_location', o.location, 'org_tier', o.tier,
         'services', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'key', ${CLIENT_SERVICE_KEY}) ORDER BY s.id), '[]')
                      FROM organisation_services os JOIN services s ON s.id = os.service_id WHERE os.org_id = o.id))) AS user
     FROM users u JOIN roles r ON r.id = u.role_id JOIN organisations o ON o.id = u.org_id
     WHERE u.id = $1`,
    [userId],
  );
  if (!rows[0]) throw notFound();
  return rows[0].user;
}
