// Where e-mail goes: an SMTP server (SMTP_URL), or, on one machine without one, .eml files in
// DATA_DIR/outbox that any mail program opens. Messages are plain text.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>): Mailer {
  const from = config.mailFrom;
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl);
    return { send: async (mail) => void (await smtp.sendMail({ from, ...mail })) };
  }
  const outbox = join(config.dataDir, 'outbox');
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const { message } = await files.sendMail({ from, ...mail });
      await mkdir(outbox, { recursive: true });
      // Named by time first, so that a listing shows them in the order they were sent.
      await writeFile(join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`), message as Buffer, { mode: 0o600 });
    },
  };
}
