// Authenticates every request that carries a Bearer token; routes are private unless their
// config says `public: true`. A deactivated user or a revoked session fails at once, since the
// user and session are checked against the database on every request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { type RoleName, type TokenKeys, verifyToken } from '../accounts/tokens.ts';
import { unauthorized } from './errors.ts';

export interface AuthUser {
  id: number;
  org_id: number;
  role: RoleName;
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

const ACTIVE_SESSION_USER = `
  SELECT u.id, u.org_id, r.name AS role, u.name
  FROM users u
  JOIN roles r ON r.id = u.role_id
  JOIN auth_sessions s ON s.id = $2 AND s.user_id = u.id
  WHERE u.id = $1 AND u.is_active AND s.revoked_at IS NULL AND s.expires_at > now()`;

async function userFromToken(pool: pg.Pool, keys: TokenKeys, request: FastifyRequest): Promise<AuthUser | null> {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) throw unauthorized('Authorization header must be "Bearer <token>".');
  const claims = await verifyToken(keys, token, 'access');
  if (!claims) throw unauthorized('Given token not valid for any token type');
  const { rows } = await pool.query<AuthUser>(ACTIVE_SESSION_USER, [claims.id, claims.sid]);
  if (!rows[0]) throw unauthorized('User is inactive or the session was revoked.');
  return rows[0];
}

export function registerAuth(app: FastifyInstance, pool: pg.Pool, keys: TokenKeys): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    // Unknown paths pass through so that they answer 404, not 401.
    const isPublic = request.routeOptions.config?.public === true || !request.routeOptions.url;
    try {
      request.user = await userFromToken(pool, keys, request);
    } catch (error) {
      // A public page works for anyone, even with a stale token in the browser.
      if (!isPublic) throw error;
    }
    if (!request.user && !isPublic) throw unauthorized();
  });
}

/** The authenticated user of a private route (the hook guarantees one). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
