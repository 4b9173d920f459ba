// Authenticates every request that carries a Bearer token; routes are private unless their
// config says `public: true`. A deactivated user or a revoked session fails at once: the user
// and session are checked against the database, and the cache of that check is emptied by any
// change to users or sessions, in this process or another (src/http/caches.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { type RoleName, type TokenKeys, verifyToken } from '../accounts/tokens.ts';
import { prepared } from '../db/prepared.ts';
import { unauthorized } from './errors.ts';
import { ListeningCache } from './listening-cache.ts';

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

/** Which user each access token stands for, so that a request needs no round trip to authenticate. */
export type SessionCache = ListeningCache<AuthUser>;

export const sessionCache = (): SessionCache => new ListeningCache<AuthUser>({ maxAgeMs: 60_000, maxSize: 10_000 });

export interface AuthDeps {
  pool: pg.Pool;
  keys: TokenKeys;
  sessions: SessionCache;
}

/** The token of an `Authorization: Bearer <token>` header; undefined when the header has another form. */
export function bearerToken(header: string): string | undefined {
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}

async function userFromToken({ pool, keys, sessions }: AuthDeps, request: FastifyRequest): Promise<AuthUser | null> {
  const header = request.headers.authorization;
  if (!header) return null;
  const token = bearerToken(header);
  if (!token) throw unauthorized('Authorization header must be "Bearer <token>".');
  const cached = sessions.get(token);
  if (cached) return cached;
  const version = sessions.version();
  const claims = await verifyToken(keys, token, 'access');
  if (!claims) throw unauthorized('Given token not valid for any token type');
  const { rows } = await pool.query<AuthUser>(prepared(ACTIVE_SESSION_USER, [claims.id, claims.sid]));
  if (!rows[0]) throw unauthorized('User is inactive or the session was revoked.');
  sessions.set(token, rows[0], version, claims.exp * 1000);
  return rows[0];
}

export function registerAuth(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    // Unknown paths pass through so that they answer 404, not 401.
    const isPublic = request.routeOptions.config?.public === true || !request.routeOptions.url;
    try {
      request.user = await userFromToken(deps, request);
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
