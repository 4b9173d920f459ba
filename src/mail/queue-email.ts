import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueue, enqueueThrottled, QUEUES } from '../queue/index.ts';
import type { Mail } from './mailer.ts';

/** A message as its job holds it: with the application it is about, so that deleting that application deletes it too. */
export interface QueuedMail extends Mail {
  candidateId?: number;
  jobId?: number;
}

/** Sends `mail` if and only if the caller's transaction commits; a failed send is retried. */
export async function queueEmail(client: pg.PoolClient, queue: PgBoss, mail: QueuedMail): Promise<void> {
  await enqueue(queue, QUEUES.sendEmail, mail, { client });
}

/**
 * As queueEmail, but at most one e-mail per `key` in each slot of `seconds`: one asked for while a
 * slot's e-mail is queued goes at the start of the next slot, later ones join it. Whether it was queued.
 */
export async function queueEmailDebounced(client: pg.PoolClient, queue: PgBoss, key: string, seconds: number, mail: QueuedMail): Promise<boolean> {
  return enqueueThrottled(queue, QUEUES.sendEmail, mail, { client, singletonKey: key, singletonSeconds: seconds, singletonNextSlot: true });
}
