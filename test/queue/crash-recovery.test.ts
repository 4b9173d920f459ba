// A worker process killed in the middle of a job: once the job expires, another worker runs it
// again and it completes.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { connect } from '../../src/db/connection.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { QUEUES } from '../../src/queue/names.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import { startWorkers } from '../../src/queue/workers.ts';
import { freshDatabase } from '../helpers/app.ts';
import { FAST, jobState, waitFor } from './fast-settings.ts';

function startHangingWorker(url: string): ChildProcess {
  const script = fileURLToPath(new URL('./hanging-worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

function lineMatching(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

test('a job whose worker was killed with SIGKILL runs again on another worker and completes', async () => {
  const url = await freshDatabase();
  const database = connect(url, 2);
  const boss = await startQueue(url, FAST);
  after(async () => {
    await boss.stop({ graceful: false, wait: true });
    await database.close();
  });
  const id = await enqueue(boss, QUEUES.parseResume, { resumeId: 7, upload: 1 }, { client: database.pool });

  const doomed = startHangingWorker(url);
  assert.equal(await lineMatching(doomed, /^started /), `started ${id}`);
  assert.equal((await jobState(boss, QUEUES.parseResume, id))?.state, 'active');
  doomed.kill('SIGKILL');
  await once(doomed, 'exit');

  const runs: string[] = [];
  await startWorkers(
    boss,
    {
      [QUEUES.parseResume]: async (job) => {
        runs.push(job.id);
      },
    },
    { concurrency: 1, pollingIntervalSeconds: 0.5 },
  );
  const done = await waitFor(async () => {
    const job = await jobState(boss, QUEUES.parseResume, id);
    return job?.state === 'completed' && job;
  });
  assert.deepEqual(runs, [id]);
  assert.equal(done.retryCount, 1);
});
