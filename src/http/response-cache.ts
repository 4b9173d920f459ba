// The busiest reads (a job's pipeline, the applicants grid, a candidate's profile, the sidebar
// counts) are cached per user and URL in each API process. Any write to the data empties every
// process's cache: this process's own writes before their response is sent (so a user reads
// what they just wrote), other processes' as the database announces each committed change.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ListeningCache } from './listening-cache.ts';

interface CachedResponse {
  payload: string;
  contentType: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A GET whose 200 answer depends only on the user, the URL and the data. */
    cacheable?: boolean;
  }
  interface FastifyRequest {
    /** The cache's version before a cacheable request read anything; absent on other requests. */
    cacheVersion?: number;
  }
}

export type ResponseCache = ListeningCache<CachedResponse>;

// maxAgeMs bounds how far time-dependent fields ("5 minutes ago", signed file links) may lag.
export const responseCache = (maxAgeMs: number): ResponseCache =>
  new ListeningCache<CachedResponse>({ maxAgeMs, maxSize: 16 * 1024 * 1024, sizeOf: (r) => r.payload.length });

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Pagination links and file links are built from the address the client used.
const keyOf = (request: FastifyRequest) => `${request.user?.id} ${request.protocol}://${request.host}${request.url}`;

/**
 * Requests that miss together wait for the first one's answer instead of each asking the
 * database (a popular page expiring under load would otherwise send every waiting request to it).
 */
class InFlight {
  private waiting = new Map<string, { answer: Promise<CachedResponse | undefined>; settle: (r?: CachedResponse) => void }>();

  /** The answer another request is computing for `key` as of `version`, if any; else this request computes it. */
  join(key: string, version: number): Promise<CachedResponse | undefined> | undefined {
    const id = `${version} ${key}`;
    const current = this.waiting.get(id);
    if (current) return current.answer;
    let settle!: (r?: CachedResponse) => void;
    const answer = new Promise<CachedResponse | undefined>((resolve) => {
      settle = resolve;
    });
    this.waiting.set(id, { answer, settle });
    return undefined;
  }

  settle(key: string, version: number, response?: CachedResponse): void {
    const id = `${version} ${key}`;
    this.waiting.get(id)?.settle(response);
    this.waiting.delete(id);
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on the request that computes a cacheable answer others may be waiting for. */
    cacheLeader?: boolean;
  }
}

export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  const inFlight = new InFlight();

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.cacheable || !request.user) return;
    const key = keyOf(request);
    const hit = cache.get(key);
    if (hit) return reply.header('x-cache', 'hit').type(hit.contentType).send(hit.payload);
    const version = cache.version();
    const shared = inFlight.join(key, version);
    const answer = shared && (await shared);
    if (answer) return reply.header('x-cache', 'shared').type(answer.contentType).send(answer.payload);
    request.cacheVersion = version;
    request.cacheLeader = !shared;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!READS.has(request.method)) cache.clear();
    else if (request.cacheVersion !== undefined) {
      const key = keyOf(request);
      const ok = reply.statusCode === 200 && typeof payload === 'string';
      const response = ok ? { payload, contentType: String(reply.getHeader('content-type')) } : undefined;
      if (response) {
        cache.set(key, response, request.cacheVersion);
        reply.header('x-cache', 'miss');
      }
      if (request.cacheLeader) inFlight.settle(key, request.cacheVersion, response);
    }
    return payload;
  });

  // A leader whose answer never reached onSend (the client went away) must not leave others waiting.
  app.addHook('onResponse', async (request) => {
    if (request.cacheLeader && request.cacheVersion !== undefined) inFlight.settle(keyOf(request), request.cacheVersion);
  });
}
