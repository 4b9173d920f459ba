// Builds the real app on a fresh database cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { connect, type Database } from '../../src/db/connection.ts';

export interface TestContext {
  app: FastifyInstance;
  pool: pg.Pool;
  database: Database;
  config: Config;
  databaseUrl: string;
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

/** A fresh database for this test file; dropped when the file's tests end. */
export async function freshDatabase(): Promise<string> {
  const adminUrl = process.env.SHORTLIST_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run the tests with `npm test` (test/run.ts prepares the database).');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.SHORTLIST_TEST_TEMPLATE}`));
  after(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '100000',
    DATA_DIR: '.test-data/app',
    ...overrides,
  });
}

export async function testApp(overrides: Record<string, string> = {}): Promise<TestContext> {
  const databaseUrl = await freshDatabase();
  const database = connect(databaseUrl, 5);
  const config = testConfig(overrides);
  const app = await buildApp({ config, database });
  after(async () => {
    await app.close();
    await database.close();
  });
  return { app, pool: database.pool, database, config, databaseUrl };
}
