// `shortlist worker`: runs the background jobs alone, so any number of worker machines can
// share one database. Stops cleanly on SIGINT/SIGTERM.
import { runMigrations } from '../db/migrate.ts';
import { startJobRuntime } from '../queue/runtime.ts';
import { createBlobStore } from '../storage/create.ts';
import { onStopSignal, startOrExit } from './start.ts';

export async function runWorker(): Promise<void> {
  const { config, database } = await startOrExit();
  await runMigrations(database.pool);
  const store = createBlobStore(config);
  const jobs = await startJobRuntime({ config, database, store }, { workers: true });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping: waiting for running jobs to finish…');
    try {
      await jobs.stop();
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  onStopSignal(stop);
  console.log(`Shortlist worker running (${config.workerConcurrency} jobs at a time per queue)`);
}
