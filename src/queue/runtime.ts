// The queue as a process uses it: started on the database, with this process's workers
// (unless it only enqueues, as `serve --no-worker` does), and a clean stop.
import type PgBoss from 'pg-boss';
import { registerHandlers, type WorkerDeps } from './handlers.ts';
import { queueSettings } from './settings.ts';
import { startQueue } from './start-queue.ts';

export interface JobRuntime {
  boss: PgBoss;
  /** Lets running jobs finish (up to the timeout; the rest expire and run again elsewhere). */
  stop(): Promise<void>;
}

const GRACEFUL_STOP_MS = 30_000;

export async function startJobRuntime(deps: WorkerDeps, { workers }: { workers: boolean }): Promise<JobRuntime> {
  const boss = await startQueue(deps.database.url, queueSettings(deps.config));
  if (workers) await registerHandlers(boss, deps);
  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: GRACEFUL_STOP_MS }),
  };
}
