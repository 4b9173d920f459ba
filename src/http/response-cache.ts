// The busiest reads (a job's pipeline, the applicants grid, a candidate's profile, the sidebar
// counts) are cached per user and URL in each API process; src/http/caches.ts empties the cache
// on every change.
import type { OutgoingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, type SessionCache } from './auth.ts';
import { carriesBody } from './get-body.ts';
import { ListeningCache } from './listening-cache.ts';

interface CachedResponse {
  /** Bytes, so that each hit writes the same buffer instead of encoding the text again. */
  payload: Buffer;
  /** The headers of the first answer that a hit repeats (STORED_HEADERS). */
  headers: OutgoingHttpHeaders;
  /** The payload gzipped, made once for the first request that accepts it (browsers all do). */
  gzip?: Buffer;
}

type Answer = CachedResponse | undefined;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A GET whose 200 answer depends only on the user, the URL and the data. */
    cacheable?: boolean;
  }
  interface FastifyRequest {
    /** The cache's version before a cacheable request read anything; absent on other requests. */
    cacheVersion?: number;
    /** Set on the request that computes an answer others are waiting for: hands it to them. */
    shareAnswer?: (answer: Answer) => void;
  }
}

export type ResponseCache = ListeningCache<CachedResponse>;

// maxAgeMs bounds how far time-dependent fields ("5 minutes ago", signed file links) may lag. The
// size limit counts the plain bytes; a gzipped copy adds about a tenth of an answer's JSON.
export const responseCache = (maxAgeMs: number): ResponseCache =>
  new ListeningCache<CachedResponse>({ maxAgeMs, maxSize: 16 * 1024 * 1024, sizeOf: (r) => r.payload.length });

// Pagination links and file links are built from the address the client used.
const keyOf = (userId: number, request: FastifyRequest) => `${userId} ${request.protocol}://${request.host}${request.url}`;

/** Whether an Accept-Encoding value allows gzip: by name with q > 0, or by `*` when gzip is not named. */
function allowsGzip(header: string): boolean {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...options] = part.trim().toLowerCase().split(';');
    const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find((v) => v !== undefined);
    weights.set(coding.trim(), q === undefined ? 1 : Number(q));
  }
  return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}

// Clients send a handful of distinct values, and every cache hit asks (parsing was 1.8% of a hit's CPU).
const gzipByHeader = new Map<string, boolean>();

function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  let allowed = gzipByHeader.get(header);
  if (allowed === undefined) {
    if (gzipByHeader.size >= 100) gzipByHeader.clear();
    allowed = allowsGzip(header);
    gzipByHeader.set(header, allowed);
  }
  return allowed;
}

// Below this, gzip saves next to nothing or adds bytes (a 34-byte count came out at 54); the
// threshold is @fastify/compress's default.
const GZIP_MIN_BYTES = 1024;
const PLAIN = { vary: 'accept-encoding' };
const GZIPPED = { vary: 'accept-encoding', 'content-encoding': 'gzip' };

/** The answer's bytes for this request, gzipped when the client accepts it, and the headers that say how. */
function encoded(request: FastifyRequest, answer: CachedResponse): { body: Buffer; headers: OutgoingHttpHeaders } {
  if (answer.payload.length < GZIP_MIN_BYTES || !acceptsGzip(request)) return { body: answer.payload, headers: PLAIN };
  answer.gzip ??= gzipSync(answer.payload);
  return { body: answer.gzip, headers: GZIPPED };
}

// What a hit repeats of the first answer's headers: its type and the security headers (helmet's).
// Named one by one, so that nothing tied to one request (a cookie, a request id) is ever replayed.
const STORED_HEADERS = [
  'content-type',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

function cachedResponse(payload: string, reply: FastifyReply): CachedResponse {
  const sent = reply.getHeaders();
  const headers: OutgoingHttpHeaders = {};
  for (const name of STORED_HEADERS) if (sent[name] !== undefined) headers[name] = sent[name] as OutgoingHttpHeaders[string];
  return { payload: Buffer.from(payload), headers };
}

/** The headers of `encoded`, with a Vary that earlier hooks set for this request (CORS: Origin) kept. */
function encodingHeaders(reply: FastifyReply, headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const vary = reply.getHeader('vary');
  return vary ? { ...headers, vary: `${vary}, ${headers.vary}` } : headers;
}

/** Writes a stored answer as it was first sent, with what the hooks before this one set for this request (CORS). */
function sendCached(request: FastifyRequest, reply: FastifyReply, answer: CachedResponse, how: 'hit' | 'stale' | 'shared'): void {
  const { body, headers } = encoded(request, answer);
  const thisRequest = reply.getHeaders() as OutgoingHttpHeaders;
  reply.hijack();
  reply.raw.writeHead(200, { ...answer.headers, ...thisRequest, ...encodingHeaders(reply, headers), 'x-cache': how, 'content-length': body.length });
  reply.raw.end(body);
}

/**
 * Requests that miss together wait for the first one's answer instead of each asking the
 * database (a popular page expiring under load would otherwise send every waiting request to it).
 */
class InFlight {
  private waiting = new Map<string, Promise<Answer>>();

  /** The answer another request is computing for `key` as of `version`; else a function for this request to share its own. */
  join(key: string, version: number): { wait: Promise<Answer> } | { share: (answer: Answer) => void } {
    const id = `${version} ${key}`;
    const current = this.waiting.get(id);
    if (current) return { wait: current };
    let resolve!: (answer: Answer) => void;
    const answer = new Promise<Answer>((r) => {
      resolve = r;
    });
    this.waiting.set(id, answer);
    return {
      share: (shared) => {
        if (this.waiting.get(id) === answer) this.waiting.delete(id);
        resolve(shared);
      },
    };
  }
}

/**
 * Must be registered before any other onRequest hook (src/app.ts): a fresh answer for a session
 * this process already knows is written at once, before the security headers, authentication,
 * validation and the other hooks, which were most of a hit's CPU. It carries the headers those
 * gave it when it was computed. Anything else goes on to them.
 */
export function registerResponseCache(app: FastifyInstance, cache: ResponseCache, sessions: SessionCache): void {
  const inFlight = new InFlight();

  app.addHook('onRequest', (request, reply, done) => {
    const header = (request.method === 'GET' || request.method === 'HEAD') && !carriesBody(request) ? request.headers.authorization : undefined;
    const token = header && bearerToken(header);
    const user = token && sessions.get(token);
    const hit = user && cache.get(keyOf(user.id, request));
    if (hit) sendCached(request, reply, hit, 'hit');
    done();
  });

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.cacheable || !request.user || carriesBody(request)) return;
    const key = keyOf(request.user.id, request);
    const hit = cache.get(key);
    if (hit) return sendCached(request, reply, hit, 'hit');
    const version = cache.version();
    const joined = inFlight.join(key, version);
    if ('wait' in joined) {
      // While one request reads a fresh answer, the others take the one that just aged out (a
      // change would have emptied it), so a slow page expiring under load stalls nobody.
      const stale = cache.getStale(key);
      if (stale) return sendCached(request, reply, stale, 'stale');
      const answer = await joined.wait;
      if (answer) return sendCached(request, reply, answer, 'shared');
    } else {
      request.shareAnswer = joined.share;
    }
    request.cacheVersion = version;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.cacheVersion === undefined || !request.user) return payload;
    const answer = reply.statusCode === 200 && typeof payload === 'string' ? cachedResponse(payload, reply) : undefined;
    request.shareAnswer?.(answer);
    if (!answer) return payload;
    cache.set(keyOf(request.user.id, request), answer, request.cacheVersion);
    const { body, headers } = encoded(request, answer);
    reply.headers({ ...encodingHeaders(reply, headers), 'x-cache': 'miss' });
    return body;
  });

  // A request whose answer never reached onSend (the client went away) must not leave others waiting.
  app.addHook('onResponse', (request, _reply, done) => {
    request.shareAnswer?.(undefined);
    done();
  });
}
