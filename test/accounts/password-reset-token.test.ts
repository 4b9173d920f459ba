import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUid, encodeUid, RESET_TTL_SECONDS, resetToken, resetTokenValid } from '../../src/accounts/password-reset-token.ts';
import { signingKey } from '../../src/accounts/tokens.ts';

const secret = signingKey('a test secret that is long enough to sign with');
const user = { id: 42, password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA' };
const now = Date.UTC(2026, 10, 29, 12);

test('a reset token works for an hour, for its user and password only', () => {
  const token = resetToken(secret, user, now);
  assert.equal(resetTokenValid(secret, user, token, now + (RESET_TTL_SECONDS - 1) * 1000), true);
  assert.equal(resetTokenValid(secret, user, token, now + (RESET_TTL_SECONDS + 1) * 1000), false, 'expired');
  assert.equal(resetTokenValid(secret, { ...user, id: 43 }, token, now), false, 'another user');
  assert.equal(resetTokenValid(secret, { ...user, password_hash: `${user.password_hash}x` }, token, now), false, 'the password changed since');
  assert.equal(resetTokenValid(signingKey('another secret that is long enough to sign'), user, token, now), false, 'another server key');
});

test('a token altered anywhere is refused: its expiry, a middle letter, or another spelling of its last letter', () => {
  const token = resetToken(secret, user, now);
  const [expires, signature] = token.split('-');
  const later = `${(Number.parseInt(expires, 36) + 3600).toString(36)}-${signature}`;
  assert.equal(resetTokenValid(secret, user, later, now), false);
  const middle = signature.length >> 1;
  const flipped = `${expires}-${signature.slice(0, middle)}${signature[middle] === 'A' ? 'B' : 'A'}${signature.slice(middle + 1)}`;
  assert.equal(resetTokenValid(secret, user, flipped, now), false);
  // The last of 43 letters carries 4 bits, so decoding would take 4 letters as one.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(signature.at(-1) as string);
  const sibling = `${expires}-${signature.slice(0, -1)}${alphabet[last ^ 1]}`;
  assert.equal(resetTokenValid(secret, user, sibling, now), false);
  assert.equal(resetTokenValid(secret, user, 'nonsense', now), false);
});

test('uids name user ids only', () => {
  assert.equal(decodeUid(encodeUid(42)), 42);
  for (const bad of ['', '!!', Buffer.from('0').toString('base64url'), Buffer.from('12abc').toString('base64url'), Buffer.from('99999999999').toString('base64url')]) {
    assert.equal(decodeUid(bad), undefined, bad);
  }
});
