import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueueMany, enqueueThrottled, QUEUES } from '../queue/index.ts';
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

export interface CandidateEmail {
  application: Application;
  mail: Mail;
}

/** Sends each mail to its candidate if and only if the caller's transaction commits, in two queries however many; a failed send is retried. */
export async function queueCandidateEmails(client: pg.PoolClient, queue: PgBoss, emails: CandidateEmail[]): Promise<void> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO candidate_emails (candidate_id, job_id, mail)
     SELECT * FROM unnest($1::int[], $2::int[], $3::jsonb[]) RETURNING id`,
    [emails.map((e) => e.application.candidateId), emails.map((e) => e.application.jobId), emails.map((e) => JSON.stringify(e.mail))],
  );
  await enqueueMany(queue, QUEUES.sendEmail, rows.map((r) => ({ candidateEmail: r.id })), { client });
}

/**
 * Sends `mail` when the caller's transaction commits, at most one e-mail per `key` in each slot of
 * `seconds`: one asked for while a slot's e-mail is queued goes at the start of the next slot,
 * later ones join it. Whether it was queued.
 */
export async function queueEmailDebounced(client: pg.PoolClient, queue: PgBoss, key: string, seconds: number, mail: Mail): Promise<boolean> {
  return enqueueThrottled(queue, QUEUES.sendEmail, mail, { client, singletonKey: key, singletonSeconds: seconds, singletonNextSlot: true });
}
