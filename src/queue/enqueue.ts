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

export async function enqueue<N extends QueueName>(boss: PgBoss, name: N, data: JobData[N], options: EnqueueOptions): Promise<string> {
  const { client, ...sendOptions } = options;
  const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) as Promise<{ rows: never[] }> };
  const id = await boss.send(name, data as object, { ...sendOptions, db });
  // pg-boss inserts nothing for a queue that does not exist (or a duplicate singleton).
  if (!id) throw new Error(`Job not queued: queue "${name}" refused it`);
  return id;
}
