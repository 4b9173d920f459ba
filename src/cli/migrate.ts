// `shortlist migrate` and `shortlist seed`.
import { runMigrations } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { printDemoAccounts, startOrExit } from './start.ts';

export async function migrateCommand(): Promise<void> {
  const { database } = await startOrExit();
  try {
    await runMigrations(database.pool);
    console.log('Migrations applied.');
  } finally {
    await database.close();
  }
}

export async function seedCommand(): Promise<void> {
  const { database } = await startOrExit();
  try {
    await runMigrations(database.pool);
    const accounts = await seedDemo(database.pool);
    if (accounts.length) printDemoAccounts(accounts);
    else console.log('The database already has an organisation; nothing seeded.');
  } finally {
    await database.close();
  }
}
