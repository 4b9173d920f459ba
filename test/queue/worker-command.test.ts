// `shortlist worker` as its own process: it runs queued jobs and stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { connect } from '../../src/db/connection.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { QUEUES } from '../../src/queue/names.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import { FsBlobStore } from '../../src/storage/fs-store.ts';
import { newBlobKey } from '../../src/storage/keys.ts';
import { freshDatabase } from '../helpers/app.ts';
import { FAST, waitFor } from './fast-settings.ts';

test('runWorker deletes blobs through the queue, then exits 0 on SIGTERM', async () => {
  const url = await freshDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'shortlist-worker-'));
  const database = connect(url, 2);
  const boss = await startQueue(url, FAST);
  after(async () => {
    await boss.stop({ graceful: false, wait: true });
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });
  const store = new FsBlobStore(join(dir, 'blobs'));
  const key = newBlobKey('resumes');
  await store.put(key, Readable.from([Buffer.from('resume bytes')]), { contentType: 'text/plain' });

  const worker = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { runWorker } = await import('./src/cli/worker.ts'); await runWorker();"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      JWT_SECRET: 'worker-test-secret-that-is-long-enough-for-hs256',
      DATA_DIR: dir,
      STORAGE_URL: pathToFileURL(join(dir, 'blobs')).href,
      JOB_TIMEOUT: '30',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  worker.stdout.on('data', (chunk) => {
    output += chunk;
  });
  worker.stderr.on('data', (chunk) => {
    output += chunk;
  });
  after(() => {
    if (worker.exitCode === null) worker.kill('SIGKILL');
  });
  await waitFor(async () => output.includes('Shortlist worker running'));

  await enqueue(boss, QUEUES.deleteBlobs, { keys: [key] }, { client: database.pool });
  await waitFor(async () => !(await store.exists(key)));

  worker.kill('SIGTERM');
  const [code] = await once(worker, 'exit');
  assert.equal(code, 0, output);
  assert.ok(!output.includes(url), 'the database URL (with its password) is never printed');
});
