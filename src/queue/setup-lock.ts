// Serialises queue setup across processes. pg-boss locks its own schema creation, but two
// processes creating the same queue at once can deadlock (each queue is a partition attached
// to pgboss.job), so every process sets its queues up under one advisory lock.
import pg from 'pg';

// Any constant works; it only has to differ from the application's other advisory locks.
const QUEUE_SETUP_LOCK = 7_420_002;

export async function withQueueSetupLock<T>(database: pg.ClientConfig, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client(database);
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}
