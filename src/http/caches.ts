// Each process's caches of what the database says: which user each access token stands for, and
// (when RESPONSE_CACHE_MS > 0) the busiest reads. The database announces every committed change
// (triggers of migrations 0008 and 0009) and each announcement empties the matching cache in every
// process; this process's own writes empty them before their response is sent, so that a user
// reads what they just wrote without waiting for the announcement.
import type { FastifyInstance } from 'fastify';
import { listenForChanges } from '../db/change-listener.ts';
import { type SessionCache, sessionCache } from './auth.ts';
import { registerResponseCache, responseCache } from './response-cache.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerCaches(app: FastifyInstance, databaseUrl: string, responseCacheMs: number): SessionCache {
  const sessions = sessionCache();
  const responses = responseCacheMs > 0 ? responseCache(responseCacheMs) : undefined;
  const caches = responses ? [sessions, responses] : [sessions];
  const listener = listenForChanges(databaseUrl, {
    channels: { shortlist_auth: () => sessions.clear(), ...(responses && { shortlist_data: () => responses.clear() }) },
    onListening: (listening) => {
      for (const cache of caches) cache.setListening(listening);
    },
  });
  app.addHook('onClose', () => listener.stop());
  // Any request but a read may have written, even a refused one: a replayed refresh token
  // revokes its session and answers 401.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!READS.has(request.method)) for (const cache of caches) cache.clear();
    return payload;
  });
  if (responses) registerResponseCache(app, responses, sessions);
  return sessions;
}
