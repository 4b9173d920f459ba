// buildApp(deps): plugins first, then every area's routes.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type PgBoss from 'pg-boss';
import { accountsRoutes } from './accounts/routes.ts';
import { tokenKeys } from './accounts/tokens.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { candidatesRoutes } from './candidates/routes.ts';
import type { Config } from './config.ts';
import { criteriaRoutes } from './criteria/routes.ts';
import type { Database } from './db/connection.ts';
import { registerAuth } from './http/auth.ts';
import { boundedValidator } from './http/bounded-lists.ts';
import { registerCaches } from './http/caches.ts';
import { registerErrorHandler } from './http/errors.ts';
import { registerFileUrls } from './http/file-urls.ts';
import { registerGetBody } from './http/get-body.ts';
import { healthRoutes } from './http/health.ts';
import { MULTIPART_LIMITS } from './http/multipart.ts';
import { registerValueChecks } from './http/schemas.ts';
import { interviewRoutes } from './interview/routes.ts';
import { jobsRoutes } from './jobs/routes.ts';
import { resumesRoutes } from './resumes/routes.ts';
import { screeningRoutes } from './screenings/routes.ts';
import { stagesRoutes } from './stages/routes.ts';
import type { BlobStore } from './storage/blob-store.ts';
import { createBlobStore } from './storage/create.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  /** The file store; built from the configuration when not given. */
  blobs?: BlobStore;
  /** The job queue (started by the caller, who also decides whether this process runs workers). */
  queue: PgBoss;
}

/** Personal data never reaches the logs: request logs carry the method, route and status only. */
const LOG_SERIALIZERS = {
  req: (req: { method: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

export async function buildApp({ config, database, queue, blobs = createBlobStore(config) }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, serializers: LOG_SERIALIZERS },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    schemaController: { compilersFactory: { buildValidator: boundedValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandler(app);
  // Before the response cache's preHandler: a request it refuses never joins a cached answer.
  registerValueChecks(app);
  // Before the response cache, whose hits then carry its headers, and before authentication,
  // which a browser's preflight request (no token) must not meet.
  if (config.corsOrigins) {
    await app.register(cors, { origin: config.corsOrigins, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], maxAge: 600 });
  }
  // Next: its onRequest hook answers from the response cache before any other hook runs.
  const sessions = registerCaches(app, database.url, config.responseCacheMs);
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { ...MULTIPART_LIMITS } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Shortlist API', version: '0.1.0', description: 'Applicant tracking: jobs, candidates, resumes, stages.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...route.config, public: true };
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const keys = tokenKeys(config.jwtSecret, config.accessTokenTtlSeconds, config.refreshTokenTtlSeconds);
  registerAuth(app, { pool: database.pool, keys, sessions });
  registerGetBody(app);
  registerFileUrls(app, blobs, { secret: config.jwtSecret, ttlSeconds: config.fileUrlTtlSeconds, publicUrl: config.publicUrl });

  await app.register(healthRoutes(database));
  const deps = { pool: database.pool, genericPlanPool: database.genericPlanPool, config, keys, blobs, queue };
  await app.register(accountsRoutes(deps));
  await app.register(jobsRoutes(deps));
  await app.register(criteriaRoutes(deps));
  await app.register(candidatesRoutes(deps));
  await app.register(resumesRoutes(deps));
  await app.register(interviewRoutes(deps));
  await app.register(stagesRoutes(deps));
  await app.register(assessmentRoutes(deps));
  await app.register(screeningRoutes(deps));
  return app;
}
