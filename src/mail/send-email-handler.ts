// send-email: one message, retried while the server cannot be reached or refuses it for now (4xx).
// A refusal for good (5xx: no such mailbox, say) is not retried; the log line names only its code,
// since the server's words may hold the address.
import type { JobHandler } from '../queue/workers.ts';
import type { Mail, Mailer } from './mailer.ts';

const permanent = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return code !== undefined && code >= 500 && code < 600 ? code : undefined;
};

/** Sends `mail` as message `id`; throws (for a retry) unless the server refused it for good. */
export async function deliver(mailer: Mailer, mail: Mail, id: string): Promise<void> {
  try {
    await mailer.send(mail, id);
  } catch (error) {
    const code = permanent(error);
    if (code === undefined) throw error;
    console.error(`mail: the server refused message ${id} for good (${code}); not retried`);
  }
}

export function sendEmailHandler(mailer: Mailer): JobHandler<'send-email'> {
  return (job) => deliver(mailer, job.data, job.id);
}
