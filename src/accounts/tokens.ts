// JWT access and refresh tokens (HS256). Both name the login session (sid); refresh tokens
// also carry their own id (jti) so that only the newest one of a session is accepted.
import { jwtVerify, SignJWT } from 'jose';

export type RoleName = 'Admin' | 'Editor' | 'Participant';

export interface TokenSubject {
  id: number;
  org_id: number;
  role: RoleName;
}

export interface TokenKeys {
  secret: Uint8Array;
  accessTtl: number;
  refreshTtl: number;
}

/** JWT_SECRET as the key that signs tokens and password reset links. */
export const signingKey = (jwtSecret: string) => new TextEncoder().encode(jwtSecret);

export function tokenKeys(jwtSecret: string, accessTtl: number, refreshTtl: number): TokenKeys {
  return { secret: signingKey(jwtSecret), accessTtl, refreshTtl };
}

async function sign(keys: TokenKeys, claims: Record<string, unknown>, ttl: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
    .sign(keys.secret);
}

export async function issueTokens(keys: TokenKeys, subject: TokenSubject, sessionId: string, refreshId: string) {
  const base = { id: subject.id, user_id: subject.id, org_id: subject.org_id, role: subject.role, sid: sessionId };
  const [access, refresh] = await Promise.all([
    sign(keys, { ...base, token_type: 'access' }, keys.accessTtl),
    sign(keys, { ...base, token_type: 'refresh', jti: refreshId }, keys.refreshTtl),
  ]);
  return { access, refresh };
}

export interface VerifiedToken {
  id: number;
  sid: string;
  jti?: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/** Returns the claims of a valid, unexpired token of the given type, or null. */
export async function verifyToken(
  keys: TokenKeys,
  token: string,
  type: 'access' | 'refresh',
): Promise<VerifiedToken | null> {
  try {
    const { payload } = await jwtVerify(token, keys.secret, { algorithms: ['HS256'] });
    if (payload.token_type !== type || typeof payload.id !== 'number' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
    return { id: payload.id, sid: payload.sid, jti: typeof payload.jti === 'string' ? payload.jti : undefined, exp: payload.exp };
  } catch {
    return null;
  }
}
