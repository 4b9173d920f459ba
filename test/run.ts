// `npm test`: starts the database the suite runs on (the embedded PostgreSQL, or the server
// DATABASE_URL names), migrates a template database once, then runs every test file with
// node:test. Each test file clones the template into a fresh database of its own, so files
// run in parallel without sharing state.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { connect, startEmbeddedPostgres } from '../src/db/connection.ts';
import { runMigrations } from '../src/db/migrate.ts';

const TEMPLATE = 'shortlist_test_template';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE}`;
  const template = connect(url.toString(), 1);
  try {
    await runMigrations(template.pool);
  } finally {
    await template.close();
  }
}

const external = process.env.DATABASE_URL;
const server = external ? undefined : await startEmbeddedPostgres(resolve('.test-data'), Number(process.env.TEST_PG_PORT ?? 54330), 'postgres');
const adminUrl = external ?? server!.url;
let code = 1;
try {
  await prepareTemplate(adminUrl);
  const args = process.argv.slice(2);
  const files = args.length ? args : testFiles('test').sort();
  code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files], {
      stdio: 'inherit',
      env: { ...process.env, SHORTLIST_TEST_ADMIN_URL: adminUrl, SHORTLIST_TEST_TEMPLATE: TEMPLATE, DATABASE_URL: '' },
    });
    child.on('close', (status) => done(status ?? 1));
  });
} finally {
  await server?.stop();
}
process.exit(code);
