import type PgBoss from 'pg-boss';
import type { StartQueueOptions } from '../../src/queue/start-queue.ts';

/** Queue timings short enough for tests: quick polls, 1 s retries, 3 s expiry, maintenance every second. */
export const FAST: StartQueueOptions = {
  pollingIntervalSeconds: 0.5,
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 3,
  maintenanceIntervalSeconds: 1,
  poolSize: 3,
  onError: () => {},
};

export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function jobState(boss: PgBoss, name: string, id: string): Promise<PgBoss.JobWithMetadata | null> {
  return boss.getJobById(name, id, { includeArchive: true });
}
