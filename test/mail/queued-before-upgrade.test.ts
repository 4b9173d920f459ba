// A database upgraded across migration 0020: its queue still holds candidates' messages inline.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { runMigrations } from '../../src/db/migrate.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import { freshDatabase } from '../helpers/app.ts';

const MIGRATIONS = join(import.meta.dirname, '../../src/db/migrations');

/** The migrations before `tag`, as a folder drizzle reads. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-migrations-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta/_journal.json'), 'utf8'));
  const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  assert.ok(upTo > 0, tag);
  const entries = journal.entries.slice(0, upTo);
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const file of readdirSync(MIGRATIONS).filter((f) => entries.some((e: { tag: string }) => f === `${e.tag}.sql`))) copyFileSync(join(MIGRATIONS, file), join(dir, file));
  return dir;
}

test("migration 0020 moves the candidates' messages waiting in the queue beside their applications, and clears those done", async () => {
  const url = await freshDatabase('template0');
  const pool = new pg.Pool({ connectionString: url });
  // The database is dropped after the file's tests, its connections cut.
  pool.on('error', () => {});
  after(() => pool.end());
  await migrate(drizzle(pool), { migrationsFolder: migrationsBefore('0020_candidate_emails') });
  const queue = await startQueue(url, { onError: () => {} });
  after(() => queue.stop({ graceful: false, wait: true }));
  const ids = async (sql: string, values: unknown[]) => (await pool.query(sql, values)).rows[0].id as number;
  const org = await ids("INSERT INTO organisations (name, domain) VALUES ('Pinecrest', 'pinecrest.example') RETURNING id", []);
  const owner = await ids("INSERT INTO users (org_id, name, email, password_hash, role_id) VALUES ($1, 'Erin', 'erin@pinecrest.example', 'x', 1) RETURNING id", [org]);
  const job = await ids("INSERT INTO jobs (org_id, title, encrypted, owner_id, score_weight_id) VALUES ($1, 'Baker', 'baker-key', $2, 1) RETURNING id", [org, owner]);
  const candidate = await ids("INSERT INTO candidates (org_id, name, email) VALUES ($1, 'Rosa Reyes', 'rosa@mail.example') RETURNING id", [org]);
  const inline = (subject: string) => ({ to: 'rosa@mail.example', subject, text: 'Hello Rosa.', candidateId: candidate, jobId: job });
  const waiting = await queue.send('send-email', inline('Waiting'), { startAfter: 3600 });
  const done = await queue.send('send-email', inline('Sent'));
  const note = await queue.send('send-email', { to: 'owner@pinecrest.example', subject: 'New applicants for Baker', text: 'Two.' });
  await pool.query(`UPDATE pgboss.job SET state = 'completed', output = '{"message": "550 rosa@mail.example"}' WHERE id = $1`, [done]);

  await runMigrations(pool);
  const { rows: moved } = await pool.query('SELECT id, candidate_id, job_id, mail FROM candidate_emails');
  assert.deepEqual(
    moved.map(({ candidate_id, job_id, mail }) => ({ candidate_id, job_id, mail })),
    [{ candidate_id: candidate, job_id: job, mail: { to: 'rosa@mail.example', subject: 'Waiting', text: 'Hello Rosa.' } }],
  );
  const data = async (id: string | null) => (await pool.query('SELECT data, output, state FROM pgboss.job WHERE id = $1', [id])).rows[0];
  assert.deepEqual(await data(waiting), { data: { candidateEmail: moved[0].id }, output: null, state: 'created' });
  assert.deepEqual(await data(done), { data: null, output: null, state: 'completed' });
  assert.deepEqual((await data(note)).data, { to: 'owner@pinecrest.example', subject: 'New applicants for Baker', text: 'Two.' }, "a recruiter's note keeps its message");
  const next = await pool.query("INSERT INTO candidate_emails (candidate_id, job_id, mail) VALUES ($1, $2, '{}') RETURNING id", [candidate, job]);
  assert.ok(next.rows[0].id > moved[0].id, 'the ids given out by the migration are not given again');
});
