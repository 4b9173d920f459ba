// `shortlist serve`: the API on PORT, with migrations applied, demo data on first start, and the
// background workers in the same process unless --no-worker.
import { buildApp } from '../app.ts';
import { runMigrations } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { startJobRuntime } from '../queue/runtime.ts';
import { createBlobStore } from '../storage/create.ts';
import { onStopSignal, printDemoAccounts, startOrExit } from './start.ts';

export async function serve({ worker }: { worker: boolean }): Promise<void> {
  const { config, database } = await startOrExit();
  await runMigrations(database.pool);
  if (!config.databaseUrl) printDemoAccounts(await seedDemo(database.pool));
  const store = createBlobStore(config);
  const jobs = await startJobRuntime({ config, database, store }, { workers: worker });
  const app = await buildApp({ config, database, blobs: store, queue: jobs.boss });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  onStopSignal(stop);
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`Shortlist is running on ${where} (API docs at /docs)${worker ? ', with background workers' : ''}`);
}
