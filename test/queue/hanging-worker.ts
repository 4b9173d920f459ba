// Run by crash-recovery.test.ts as its own process: a worker whose parse-resume handler starts
// and never finishes, until the test kills the process with SIGKILL.
import { QUEUES } from '../../src/queue/names.ts';
import { startQueue } from '../../src/queue/start-queue.ts';
import { startWorkers } from '../../src/queue/workers.ts';
import { FAST } from './fast-settings.ts';

const boss = await startQueue(process.argv[2], FAST);
await startWorkers(
  boss,
  {
    [QUEUES.parseResume]: (job) => {
      process.stdout.write(`started ${job.id}\n`);
      return new Promise(() => {});
    },
  },
  { concurrency: 1, pollingIntervalSeconds: 0.5 },
);
process.stdout.write('ready\n');
