// Stored files appear in responses as URLs that work by themselves, as the web client uses them
// (it fetches resume_file directly, without a token): a presigned URL with a short expiry on S3,
// or a Shortlist URL signed with an HMAC and an expiry, served by GET /files/…. Rows carry blob
// keys; this hook turns every key in a file field into such a URL just before serialisation.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BlobStore } from '../storage/blob-store.ts';
import { notFound } from './errors.ts';
import { sendBlob } from './send-blob.ts';

const FILE_FIELDS = new Set(['resume_file', 'profile_pic', 'avatar', 'intro_video', 'introduction_video', 'audio_file', 'video_file']);
const BLOB_KEY = /^(resumes|profile-pics|intro-videos|audio-answers|video-chunks)\/[A-Za-z0-9_/-]+$/;

export interface FileUrlOptions {
  secret: string;
  ttlSeconds: number;
  publicUrl?: string;
}

function signature(secret: string, key: string, expires: number): string {
  return createHmac('sha256', secret).update(`file:${key}:${expires}`).digest('base64url');
}

function signedPath(secret: string, key: string, ttlSeconds: number): string {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
  return `/files/${key}?expires=${expires}&signature=${signature(secret, key, expires)}`;
}

/** Where `value` (any depth) holds a blob key in a file field; found without awaiting, as most answers hold none. */
function fileKeys(value: unknown, found: { record: Record<string, unknown>; field: string; key: string }[] = []) {
  if (Array.isArray(value)) {
    for (const item of value) fileKeys(item, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [field, item] of Object.entries(record)) {
      if (typeof item === 'string' && FILE_FIELDS.has(field) && BLOB_KEY.test(item)) found.push({ record, field, key: item });
      else if (item && typeof item === 'object') fileKeys(item, found);
    }
  }
  return found;
}

/** Every blob key in a file field of `value` (any depth), replaced in place by a URL. */
async function rewrite(value: unknown, toUrl: (key: string) => Promise<string>): Promise<void> {
  await Promise.all(fileKeys(value).map(async ({ record, field, key }) => {
    record[field] = await toUrl(key);
  }));
}

export function registerFileUrls(app: FastifyInstance, blobs: BlobStore, options: FileUrlOptions): void {
  const base = (request: FastifyRequest) => options.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  app.addHook('preSerialization', async (request, _reply, payload) => {
    const toUrl = async (key: string) =>
      (await blobs.url?.(key, { expiresInSeconds: options.ttlSeconds })) ?? `${base(request)}${signedPath(options.secret, key, options.ttlSeconds)}`;
    await rewrite(payload, toUrl);
    return payload;
  });

  app.get('/files/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const key = (request.params as { '*': string })['*'];
    const { expires, signature: given } = request.query as { expires?: string; signature?: string };
    const at = Number(expires);
    if (!BLOB_KEY.test(key) || !given || !Number.isInteger(at) || at < Date.now() / 1000) throw notFound();
    const expected = Buffer.from(signature(options.secret, key, at));
    const actual = Buffer.from(given);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw notFound();
    return sendBlob(reply, blobs, key);
  });
}
