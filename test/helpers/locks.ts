// Interleaving requests deterministically: a test's own connection holds rows, requests queue on
// them, and the test lets go once they wait.
import type pg from 'pg';

/** Waits (up to 3 s) until `n` sessions of this database wait on a lock. */
export async function lockWaiters(pool: pg.Pool, n: number): Promise<void> {
  const waiting = async () =>
    (await pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")).rows[0].n;
  for (let i = 0; i < 300 && (await waiting()) < n; i++) await new Promise((r) => setTimeout(r, 10));
}

/** Locks the rows `sql` selects (FOR UPDATE) in a transaction of its own; the function returned commits it. */
export async function holdRows(pool: pg.Pool, sql: string, params: unknown[]): Promise<() => Promise<void>> {
  const holder = await pool.connect();
  await holder.query('BEGIN');
  await holder.query(sql, params);
  return async () => {
    await holder.query('COMMIT');
    holder.release();
  };
}
