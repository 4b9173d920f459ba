import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { connect } from '../../src/db/connection.ts';
import { withTransaction } from '../../src/db/transaction.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { registerHandlers } from '../../src/queue/handlers.ts';
import { QUEUES } from '../../src/queue/names.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import { startWorkers } from '../../src/queue/workers.ts';
import { FsBlobStore } from '../../src/storage/fs-store.ts';
import { newBlobKey } from '../../src/storage/keys.ts';
import { freshDatabase, testConfig } from '../helpers/app.ts';
import { FAST, jobState, waitFor } from './fast-settings.ts';

const url = await freshDatabase();
const database = connect(url, 3);
after(() => database.close());

/** The test template already holds pg-boss's schema; drop it to test a first install. */
async function dropQueueSchema(databaseUrl: string): Promise<void> {
  const other = connect(databaseUrl, 1);
  await other.pool.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await other.close();
}

async function queue(): Promise<PgBoss> {
  const boss = await startQueue(url, FAST);
  after(() => boss.stop({ graceful: false, wait: true }));
  return boss;
}

const jobsWithKey = async (key: string) =>
  Number((await database.pool.query(`SELECT count(*) FROM pgboss.job WHERE data @> $1::jsonb`, [JSON.stringify({ keys: [key] })])).rows[0].count);

describe('startQueue', () => {
  test('several processes starting at once on a fresh database all succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const fresh = await freshDatabase();
      await dropQueueSchema(fresh);
      const started = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(() => startQueue(fresh, { ...FAST, poolSize: 2 })));
      const bosses = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        assert.deepEqual(
          started.filter((s) => s.status === 'rejected'),
          [],
        );
        const queues = (await bosses[0].getQueues()).map((q) => q.name).sort();
        assert.deepEqual(queues, ['delete-blobs', 'parse-resume', 'password-reset', 'send-email']);
      } finally {
        await Promise.all(bosses.map((b) => b.stop({ graceful: false, wait: true })));
      }
    }
  });

  test('queue policies come from the settings: 3 attempts (2 retries) with backoff by default', async () => {
    const fresh = await freshDatabase();
    await dropQueueSchema(fresh);
    const boss = await startQueue(fresh, { onError: () => {} });
    try {
      const parse = await boss.getQueue(QUEUES.parseResume);
      assert.equal(parse?.retryLimit, 2);
      assert.equal(parse?.retryBackoff, true);
      assert.equal(parse?.expireInSeconds, 300);
      assert.ok(((await boss.getQueue(QUEUES.deleteBlobs))?.retryLimit ?? 0) >= 20);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

describe('settling jobs', () => {
  test('the wrappers keep the names by which PgBoss copies the methods', async () => {
    const { default: Manager } = await import('pg-boss/src/manager.js');
    assert.deepEqual([Manager.prototype.complete.name, Manager.prototype.fail.name], ['complete', 'fail']);
  });

  test("a worker's complete() that fails reports to onError instead of ending the process; awaited, fail() still rejects", async () => {
    const errors: Error[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const boss = await startQueue(url, { ...FAST, onError: (error) => errors.push(error) });
    try {
      await boss.createQueue('settling-probe');
      // A result complete() cannot store (JSON has no BigInt) makes the worker's own, unawaited
      // complete() reject, as a connection lost at that moment would.
      await boss.work('settling-probe', async () => ({ n: 1n }));
      await boss.send('settling-probe', {});
      await waitFor(async () => errors.length > 0 || unhandled.length > 0);
      assert.match(errors[0]?.message ?? '', /BigInt/);
      await assert.rejects(boss.fail('settling-probe', 'not-a-job-id'));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

describe('stopping the queue', () => {
  test('a query still waiting for one of the queue pool’s connections when the pool ends fails after the connect timeout', async () => {
    const boss = await startQueue(url, { ...FAST, poolSize: 1, connectTimeoutMs: 300 });
    after(() => boss.stop({ graceful: false, wait: true }).catch(() => {}));
    const { pool } = boss.getDb() as unknown as { pool: pg.Pool };
    const held = await pool.connect();
    // As a worker's fetch does when pg-boss ends its pool on stop: without a timeout it waits for ever.
    const waiting = pool.query('SELECT 1').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    const ended = pool.end();
    held.release();
    await ended;
    const stillWaiting = new Promise((resolve) => setTimeout(resolve, 5_000, 'still waiting').unref());
    assert.match(String(await Promise.race([waiting, stillWaiting])), /timeout/i);
  });
});

describe('enqueue in the caller’s transaction', () => {
  test('ROLLBACK leaves no job; COMMIT leaves exactly one', async () => {
    const boss = await queue();
    const rolledBack = newBlobKey('rollback');
    await assert.rejects(
      withTransaction(database.pool, async (client) => {
        await enqueue(boss, QUEUES.deleteBlobs, { keys: [rolledBack] }, { client });
        assert.equal(await jobsWithKey(rolledBack), 0, 'invisible to others before commit');
        throw new Error('the application insert failed');
      }),
      /application insert failed/,
    );
    assert.equal(await jobsWithKey(rolledBack), 0);

    const committed = newBlobKey('commit');
    const id = await withTransaction(database.pool, (client) => enqueue(boss, QUEUES.deleteBlobs, { keys: [committed] }, { client }));
    assert.equal(await jobsWithKey(committed), 1);
    const job = await jobState(boss, QUEUES.deleteBlobs, id);
    assert.equal(job?.state, 'created');
    assert.deepEqual(job?.data, { keys: [committed] });
    await boss.deleteJob(QUEUES.deleteBlobs, id);
  });
});

describe('workers', () => {
  test('a handler that fails twice then succeeds is retried and completes', async () => {
    const boss = await queue();
    const id = await enqueue(boss, QUEUES.parseResume, { resumeId: 41, upload: 1 }, { client: database.pool });
    let attempts = 0;
    await startWorkers(
      boss,
      {
        [QUEUES.parseResume]: async (job) => {
          assert.equal(job.data.resumeId, 41);
          attempts++;
          if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
        },
      },
      { concurrency: 1, pollingIntervalSeconds: 0.5 },
    );
    const done = await waitFor(async () => {
      const job = await jobState(boss, QUEUES.parseResume, id);
      return job?.state === 'completed' && job;
    });
    assert.equal(attempts, 3);
    assert.equal(done.retryCount, 2);
    await boss.offWork(QUEUES.parseResume);
  });

  test('a job that exhausts its retries ends failed with the reason', async () => {
    const boss = await queue();
    const id = await enqueue(boss, QUEUES.parseResume, { resumeId: 42, upload: 1 }, { client: database.pool, retryLimit: 1 });
    let attempts = 0;
    await startWorkers(
      boss,
      {
        [QUEUES.parseResume]: async () => {
          attempts++;
          throw new Error('no text in this PDF');
        },
      },
      { concurrency: 2, pollingIntervalSeconds: 0.5 },
    );
    const failed = await waitFor(async () => {
      const job = await jobState(boss, QUEUES.parseResume, id);
      return job?.state === 'failed' && job;
    });
    assert.equal(attempts, 2);
    assert.match(JSON.stringify(failed.output), /no text in this PDF/);
    await boss.offWork(QUEUES.parseResume);
  });

  test('delete-blobs removes every key, tolerates missing ones, and completes', async () => {
    const boss = await queue();
    const dir = await mkdtemp(join(tmpdir(), 'shortlist-queue-'));
    after(() => rm(dir, { recursive: true, force: true }));
    const store = new FsBlobStore(join(dir, 'blobs'));
    const keys = [newBlobKey('resumes'), newBlobKey('profile-pics')];
    for (const key of keys) await store.put(key, Readable.from([Buffer.from('bytes')]), { contentType: 'text/plain' });
    const id = await withTransaction(database.pool, (client) =>
      enqueue(boss, QUEUES.deleteBlobs, { keys: [...keys, newBlobKey('intro-videos')] }, { client }),
    );
    await registerHandlers(boss, { config: testConfig({ WORKER_CONCURRENCY: '1' }), database, store });
    await waitFor(async () => (await jobState(boss, QUEUES.deleteBlobs, id))?.state === 'completed');
    for (const key of keys) assert.equal(await store.exists(key), false);
  });
});
