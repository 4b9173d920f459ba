// send-email: one message. A retry after a lost connection may send it twice; losing it would be worse.
import type { JobHandler } from '../queue/workers.ts';
import type { Mailer } from './mailer.ts';

export function sendEmailHandler(mailer: Mailer): JobHandler<'send-email'> {
  return async (job) => {
    await mailer.send(job.data);
  };
}
