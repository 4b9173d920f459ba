// `shortlist worker`: runs the background jobs alone, so any number of worker machines can
// share one database. Stops cleanly on SIGINT/SIGTERM.
import { onStopSignal } from './start.ts';
import { startServices } from './start-services.ts';

export async function runWorker(): Promise<void> {
  const { config, database, jobs } = await startServices({ workers: true });
  const stop = async () => {
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
