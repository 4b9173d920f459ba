// Password reset links: the user's id and a token that expires and that a new password voids
// (it is signed over the password's hash), so nothing is stored for them.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const RESET_TTL_SECONDS = 60 * 60;
/** A new team member's link to choose a first password: a week, as the invitation may wait in an inbox. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface ResetSubject {
  id: number;
  password_hash: string;
}

function signature(secret: Uint8Array, user: ResetSubject, expires: number): string {
  return createHmac('sha256', secret).update(`password-reset\n${user.id}\n${expires}\n${user.password_hash}`).digest('base64url');
}

export const encodeUid = (id: number) => Buffer.from(String(id)).toString('base64url');

/** The user id an encoded uid names, or undefined. */
export function decodeUid(uid: string): number | undefined {
  const text = Buffer.from(uid, 'base64url').toString();
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : undefined;
}

export function resetToken(secret: Uint8Array, user: ResetSubject, nowMs = Date.now(), ttlSeconds = RESET_TTL_SECONDS): string {
  const expires = Math.floor(nowMs / 1000) + ttlSeconds;
  return `${expires.toString(36)}-${signature(secret, user, expires)}`;
}

export function resetTokenValid(secret: Uint8Array, user: ResetSubject, token: string, nowMs = Date.now()): boolean {
  const match = /^([0-9a-z]{1,12})-([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = Number.parseInt(match[1], 36);
  if (expires * 1000 < nowMs) return false;
  // Compared as text: decoding would accept the four spellings base64url's last letter allows.
  return timingSafeEqual(Buffer.from(match[2]), Buffer.from(signature(secret, user, expires)));
}
