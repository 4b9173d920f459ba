// Runs handlers for queued jobs. A handler that throws fails the attempt; pg-boss retries it
// with the queue's delay and backoff until the retry limit, then leaves it failed.
import type PgBoss from 'pg-boss';
import type { JobData, QueueName } from './names.ts';

/** Handlers see the job's attempt count (retryCount, retryLimit) to tell the last attempt. */
export type JobHandler<N extends QueueName> = (job: PgBoss.JobWithMetadata<JobData[N]>) => Promise<void>;

export type Handlers = { [N in QueueName]?: JobHandler<N> };

export interface WorkerOptions {
  /** Jobs of each queue run at once in this process. */
  concurrency: number;
  pollingIntervalSeconds?: number;
}

export async function startWorkers(boss: PgBoss, handlers: Handlers, { concurrency, pollingIntervalSeconds }: WorkerOptions): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, handler] of Object.entries(handlers) as [QueueName, JobHandler<QueueName>][]) {
    for (let i = 0; i < concurrency; i++) {
      const options = { batchSize: 1, includeMetadata: true as const, ...(pollingIntervalSeconds ? { pollingIntervalSeconds } : {}) };
      let id = '';
      id = await boss.work<JobData[QueueName]>(name, options, async (jobs) => {
        for (const job of jobs) await handler(job);
        // pg-boss waits a polling interval after every fetch; a worker that found work looks
        // again at once, so a backlog drains at the speed of the handlers, not of the polls.
        if (jobs.length && id) boss.notifyWorker(id);
      });
      ids.push(id);
    }
  }
  return ids;
}
