import { randomBytes } from 'node:crypto';
import { assertValidKey } from './blob-store.ts';

/** "resumes/2026/11/<32 hex>": 128 random bits, grouped by month, no personal data. */
export function newBlobKey(kind: string, now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  const key = `${kind}/${now.getUTCFullYear()}/${month}/${randomBytes(16).toString('hex')}`;
  assertValidKey(key);
  return key;
}
