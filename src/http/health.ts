import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/connection.ts';

export function healthRoutes(database: Database): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
      try {
        await database.pool.query('SELECT 1');
        return { status: 'ok', database: 'ok' };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    });
  };
}
