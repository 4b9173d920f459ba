// The benchmark's database: the embedded PostgreSQL in .bench-data (or the server DATABASE_URL
// names), one database per scale, loaded once and reused by later runs.
import { resolve } from 'node:path';
import { connect, ensureDatabase, startEmbeddedPostgres } from '../src/db/connection.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { loadScaleData } from './scale-data.ts';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function benchDatabase(scale: number, log: (s: string) => void): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(resolve('.bench-data'), Number(process.env.BENCH_PG_PORT ?? 54331), 'postgres');
  const adminUrl = process.env.DATABASE_URL ?? server!.url;
  const name = `shortlist_bench_${String(scale).replace('.', '_')}`;
  const url = await ensureDatabase(adminUrl, name);
  const database = connect(url, 2);
  try {
    await runMigrations(database.pool);
    const loaded = await database.pool.query('SELECT count(*)::int AS n FROM candidates');
    if (!loaded.rows[0].n) {
      log(`loading scale ${scale} into ${name}:`);
      const client = await database.pool.connect();
      try {
        await loadScaleData(client, scale, log);
      } finally {
        client.release();
      }
    }
  } finally {
    await database.close();
  }
  return { url, stop: async () => server?.stop() };
}
