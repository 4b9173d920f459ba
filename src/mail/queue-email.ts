import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueue, enqueueThrottled, QUEUES } from '../queue/index.ts';
import type { Mail } from './mailer.ts';

/** Sends `mail` if and only if the caller's transaction commits; a failed send is retried. */
export async function queueEmail(client: pg.PoolClient, queue: PgBoss, mail: Mail): Promise<void> {
  await enqueue(queue, QUEUES.sendEmail, mail, { client });
}

/** As queueEmail, but at most one e-mail per `key` every `seconds`: later ones are dropped. */
export async function queueEmailAtMostEvery(client: pg.PoolClient, queue: PgBoss, key: string, seconds: number, mail: Mail): Promise<void> {
  await enqueueThrottled(queue, QUEUES.sendEmail, mail, { client, singletonKey: key, singletonSeconds: seconds });
}
