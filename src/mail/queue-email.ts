import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueue, QUEUES } from '../queue/index.ts';
import type { Mail } from './mailer.ts';

/** Sends `mail` if and only if the caller's transaction commits; a failed send is retried. */
export async function queueEmail(client: pg.PoolClient, queue: PgBoss, mail: Mail): Promise<void> {
  await enqueue(queue, QUEUES.sendEmail, mail, { client });
}
