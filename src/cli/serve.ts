// `shortlist serve`: the API on PORT, with migrations applied, demo data on first start, and the
// background workers in the same process unless --no-worker.
import { buildApp } from '../app.ts';
import { seedDemo } from '../db/seed.ts';
import { onStopSignal, printDemoAccounts } from './start.ts';
import { startServices } from './start-services.ts';

export async function serve({ worker }: { worker: boolean }): Promise<void> {
  const { config, database, blobs, jobs } = await startServices({ workers: worker });
  if (!config.databaseUrl) printDemoAccounts(await seedDemo(database.pool));
  const app = await buildApp({ config, database, blobs, queue: jobs.boss });
  const stop = async () => {
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
