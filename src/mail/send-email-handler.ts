// send-email: one message, retried while it cannot go: the server unreachable, refusing for now
// (4xx), or refusing us (a wrong password, no TLS, relaying denied: the operator mends that and the
// message goes). A refusal of this message for good (5xx to its recipient or its content: no such
// mailbox, say) is not retried; the log line names only its code, since the server's words may
// hold the address.
import type pg from 'pg';
import { SEND_EMAIL_RETENTION_MINUTES } from '../queue/settings.ts';
import type { JobHandler } from '../queue/workers.ts';
import type { Mail, Mailer } from './mailer.ts';

interface SmtpError {
  responseCode?: number;
  /** The SMTP command refused ("RCPT TO", "DATA"), or nodemailer's "EENVELOPE" for the recipients. */
  command?: string;
  code?: string;
}

const permanent = (error: unknown) => {
  const { responseCode: code, command, code: kind } = error as SmtpError;
  const aboutThisMessage = kind === 'EENVELOPE' || command === 'DATA' || command?.startsWith('RCPT') === true;
  return code !== undefined && code >= 500 && code < 600 && aboutThisMessage ? code : undefined;
};

/** The attempt a message is at, so that the last one that fails says so. */
export interface Attempt {
  id: string;
  retryCount: number;
  retryLimit: number;
}

/** Sends `mail` as message `id`; throws (for a retry) unless the server refused it for good. */
export async function deliver(mailer: Mailer, mail: Mail, { id, retryCount, retryLimit }: Attempt): Promise<void> {
  try {
    await mailer.send(mail, id);
  } catch (error) {
    const code = permanent(error);
    if (code !== undefined) {
      console.error(`mail: the server refused message ${id} for good (${code}); not retried`);
      return;
    }
    const { responseCode, code: kind } = error as SmtpError;
    const reason = responseCode ?? kind ?? 'no answer';
    if (retryCount >= retryLimit) console.error(`mail: message ${id} not sent after ${retryCount + 1} attempts (${reason}); given up`);
    // Not the server's error: pg-boss keeps a failed attempt's error with the job, and its words may hold the address.
    throw new Error(`mail: message ${id} not sent (${reason})`);
  }
}

/**
 * Sends the job's message. An e-mail to a candidate is read from candidate_emails: one deleted
 * with its application is not sent, and one sent, refused for good or given up is deleted, with
 * any older than a send-email job may wait (one whose job died at its last attempt).
 */
export function sendEmailHandler(pool: pg.Pool, mailer: Mailer): JobHandler<'send-email'> {
  return async ({ data, ...attempt }) => {
    if (!('candidateEmail' in data)) return deliver(mailer, data, attempt);
    const { rows } = await pool.query<{ mail: Mail }>('SELECT mail FROM candidate_emails WHERE id = $1', [data.candidateEmail]);
    if (!rows[0]) return;
    // A failure here must not fail the job: a message sent would be sent again.
    const forget = () =>
      pool
        .query('DELETE FROM candidate_emails WHERE id = $1 OR created_at < now() - make_interval(mins => $2)', [data.candidateEmail, SEND_EMAIL_RETENTION_MINUTES])
        .catch(() => console.error(`mail: message ${attempt.id} is done but its row was not deleted; a later message's will be`));
    try {
      await deliver(mailer, rows[0].mail, attempt);
    } catch (error) {
      if (attempt.retryCount >= attempt.retryLimit) await forget();
      throw error;
    }
    await forget();
  };
}
