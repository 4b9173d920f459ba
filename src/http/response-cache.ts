// The busiest reads (a job's pipeline, the applicants grid, a candidate's profile, the sidebar
// counts) are cached per user and URL in each API process; src/http/caches.ts empties the cache
// on every change.
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ListeningCache } from './listening-cache.ts';

interface CachedResponse {
  /** Bytes, so that each hit writes the same buffer instead of encoding the text again. */
  payload: Buffer;
  contentType: string;
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
const keyOf = (request: FastifyRequest) => `${request.user?.id} ${request.protocol}://${request.host}${request.url}`;

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

/** The answer's bytes for this request: gzipped when the client accepts it. */
function encoded(request: FastifyRequest, reply: FastifyReply, answer: CachedResponse): Buffer {
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
  if (!acceptsGzip(request)) return answer.payload;
  answer.gzip ??= gzipSync(answer.payload);
  reply.header('content-encoding', 'gzip');
  return answer.gzip;
}

const sendCached = (request: FastifyRequest, reply: FastifyReply, answer: CachedResponse, how: 'hit' | 'stale' | 'shared') =>
  reply.header('x-cache', how).type(answer.contentType).send(encoded(request, reply, answer));

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

export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  const inFlight = new InFlight();

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.cacheable || !request.user) return;
    const key = keyOf(request);
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
    if (request.cacheVersion === undefined) return payload;
    const answer = reply.statusCode === 200 && typeof payload === 'string'
      ? { payload: Buffer.from(payload), contentType: String(reply.getHeader('content-type')) }
      : undefined;
    if (answer) {
      cache.set(keyOf(request), answer, request.cacheVersion);
      reply.header('x-cache', 'miss');
    }
    request.shareAnswer?.(answer);
    return answer ? encoded(request, reply, answer) : payload;
  });

  // A request whose answer never reached onSend (the client went away) must not leave others waiting.
  app.addHook('onResponse', async (request) => request.shareAnswer?.(undefined));
}
