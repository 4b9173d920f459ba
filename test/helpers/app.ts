// Builds the real app on a fresh database cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { connect, type Database, databaseUrl } from '../../src/db/connection.ts';
import { registerHandlers } from '../../src/queue/handlers.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { createBlobStore } from '../../src/storage/create.ts';
import { FAST } from '../queue/fast-settings.ts';

export interface TestContext {
  app: FastifyInstance;
  pool: pg.Pool;
  database: Database;
  config: Config;
  databaseUrl: string;
  blobs: BlobStore;
  queue: PgBoss;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.SHORTLIST_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for this test file, migrated (or empty, from template0); dropped when the file's tests end. */
export async function freshDatabase(template = process.env.SHORTLIST_TEST_TEMPLATE): Promise<string> {
  const adminUrl = process.env.SHORTLIST_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run the tests with `npm test` (test/run.ts prepares the database).');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  after(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  return databaseUrl(adminUrl, name);
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '100000',
    // Many tests write behind the API's back (a worker, a direct query) and read at once; with the
    // response cache they would read what the cache held until the database's announcement comes.
    // test/http/response-cache.test.ts turns it on and tests it.
    RESPONSE_CACHE_MS: '0',
    DATA_DIR: '.test-data/app',
    ...overrides,
  });
}

export interface TestAppOptions {
  /** Run the background workers (parse-resume, delete-blobs) in the test process. */
  workers?: boolean;
  /** A file store other than the default one in a fresh DATA_DIR (an S3 store, say). */
  blobs?: BlobStore;
}

/** The app on a fresh database and a fresh DATA_DIR, with its job queue; all removed when the file's tests end. */
export async function testApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestContext> {
  const databaseUrl = await freshDatabase();
  const database = connect(databaseUrl, 5);
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-app-'));
  const config = testConfig({ DATA_DIR: dataDir, ...overrides });
  const blobs = options.blobs ?? createBlobStore(config);
  const queue = await startQueue(databaseUrl, FAST);
  if (options.workers) await registerHandlers(queue, { config, database, store: blobs });
  const app = await buildApp({ config, database, blobs, queue });
  after(async () => {
    await app.close();
    // Jobs still running get a moment to finish before the database and files go away.
    await queue.stop({ graceful: true, wait: true, timeout: 5000 });
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { app, pool: database.pool, database, config, databaseUrl, blobs, queue };
}
