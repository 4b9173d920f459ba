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

// Time-dependent fields ("5 minutes ago", signed file links) may lag by this much at most.
export const responseCache = (): ResponseCache =>
  new ListeningCache<CachedResponse>({ maxAgeMs: 2000, maxSize: 16 * 1024 * 1024, sizeOf: (r) => r.payload.length });

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Pagination links and file links are built from the address the client used.
const keyOf = (request: FastifyRequest) => `${request.user?.id} ${request.protocol}://${request.host}${request.url}`;

export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.cacheable || !request.user) return;
    const hit = cache.get(keyOf(request));
    if (!hit) {
      request.cacheVersion = cache.version();
      return;
    }
    reply.header('x-cache', 'hit').type(hit.contentType);
    return reply.send(hit.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!READS.has(request.method)) cache.clear();
    else if (request.cacheVersion !== undefined && reply.statusCode === 200 && typeof payload === 'string') {
      reply.header('x-cache', 'miss');
      cache.set(keyOf(request), { payload, contentType: String(reply.getHeader('content-type')) }, request.cacheVersion);
    }
    return payload;
  });
}
