// `shortlist serve`: the API on PORT, with migrations applied and demo data on first start.
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { runMigrations } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { printDemoAccounts, startOrExit } from './start.ts';

export async function serve(): Promise<void> {
  const { config, database } = await startOrExit();
  await runMigrations(database.pool);
  if (!config.databaseUrl) printDemoAccounts(await seedDemo(database.pool));
  const app = await buildApp({ config, database });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  console.log(`Shortlist is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (API docs at /docs)`);
}

export { loadConfig, openDatabase };
