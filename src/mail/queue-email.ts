import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueue, enqueueThrottled, QUEUES } from '../queue/index.ts';
import type { Mail } from './mailer.ts';

/**
 * What a send-email job holds: the message itself, or, for an e-mail to a candidate about an
 * application, the id of its candidate_emails row, so that the message goes with the application.
 */
export type QueuedMail = Mail | { candidateEmail: number };

/** The application an e-mail to a candidate is about. */
export interface Application {
  candidateId: number;
  jobId: number;
}

/** Sends `mail` to a candidate about `application` if and only if the caller's transaction commits; a failed send is retried. */
export async function queueCandidateEmail(client: pg.PoolClient, queue: PgBoss, application: Application, mail: Mail): Promise<void> {
  const { rows } = await client.query<{ id: number }>('INSERT INTO candidate_emails (candidate_id, job_id, mail) VALUES ($1, $2, $3) RETURNING id', [
    application.candidateId,
    application.jobId,
    mail,
  ]);
  await enqueue(queue, QUEUES.sendEmail, { candidateEmail: rows[0].id }, { client });
}

/**
 * Sends `mail` when the caller's transaction commits, at most one e-mail per `key` in each slot of
 * `seconds`: one asked for while a slot's e-mail is queued goes at the start of the next slot,
 * later ones join it. Whether it was queued.
 */
export async function queueEmailDebounced(client: pg.PoolClient, queue: PgBoss, key: string, seconds: number, mail: Mail): Promise<boolean> {
  return enqueueThrottled(queue, QUEUES.sendEmail, mail, { client, singletonKey: key, singletonSeconds: seconds, singletonNextSlot: true });
}
