// Adds a job inside the caller's transaction: it exists if and only if the transaction commits.
import type PgBoss from 'pg-boss';
import type { JobData, QueueName } from './names.ts';

/** A pg client (or pool) whose queries run in the caller's transaction. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface EnqueueOptions extends Omit<PgBoss.SendOptions, 'db'> {
  client: SqlClient;
}

function send<N extends QueueName>(boss: PgBoss, name: N, data: JobData[N], { client, ...sendOptions }: EnqueueOptions): Promise<string | null> {
  const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) as Promise<{ rows: never[] }> };
  return boss.send(name, data as object, { ...sendOptions, db });
}

export async function enqueue<N extends QueueName>(boss: PgBoss, name: N, data: JobData[N], options: EnqueueOptions): Promise<string> {
  const id = await send(boss, name, data, options);
  // pg-boss inserts nothing for a queue that does not exist.
  if (!id) throw new Error(`Job not queued: queue "${name}" refused it`);
  return id;
}

/** Several jobs of one queue in one query, each with the queue's own policy (retries, expiry, retention). */
export async function enqueueMany<N extends QueueName>(boss: PgBoss, name: N, data: JobData[N][], { client }: { client: SqlClient }): Promise<void> {
  // pg-boss inserts nothing, and says nothing, for a queue that does not exist.
  if (!(await boss.getQueue(name))) throw new Error(`Jobs not queued: no queue "${name}"`);
  const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) as Promise<{ rows: never[] }> };
  await boss.insert(data.map((d) => ({ name, data: d as object })), { db });
}

/**
 * A job of which at most one is queued per key and time slot (singletonKey, singletonSeconds): one
 * queued already, this one is dropped (or, with singletonNextSlot, put in the next slot unless one
 * waits there), which is what such a job asks for. Whether it was queued.
 */
export async function enqueueThrottled<N extends QueueName>(boss: PgBoss, name: N, data: JobData[N], options: EnqueueOptions & { singletonKey: string; singletonSeconds: number }): Promise<boolean> {
  return (await send(boss, name, data, options)) !== null;
}
