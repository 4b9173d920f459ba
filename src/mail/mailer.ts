// Where e-mail goes: an SMTP server (SMTP_URL), or, on one machine without one, .eml files in
// DATA_DIR/outbox that any mail program opens. Messages are plain text.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  /** Who the message is from, shown as "<sender> via <MAIL_FROM's name>"; the address stays MAIL_FROM's. */
  sender?: string;
}

export interface Mailer {
  /** `id` names the message (its Message-ID), so that a receiver can drop a copy sent twice. */
  send(mail: Mail, id: string): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The outbox keeps a week of messages: they name candidates, and nobody else reads them. */
export const OUTBOX_RETENTION_DAYS = 7;
export const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** An outbox file's name: its sending time (ISO, with - for : and .), then a random id. */
const outboxName = (at: Date) => `${at.toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
const OUTBOX_FILE = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-[0-9a-f-]{36}\.eml$/;

/** Deletes the messages written before the retention; other files in the directory are left alone. */
async function pruneOutbox(outbox: string, now: Date) {
  const oldest = outboxName(new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000));
  // Names that start with their time sort as the times do.
  const expired = (await readdir(outbox)).filter((name) => OUTBOX_FILE.test(name) && name < oldest);
  await Promise.all(expired.map((name) => rm(join(outbox, name), { force: true })));
}

/** Well under a job's expiry (JOB_TIMEOUT): a send still going when its job runs again would deliver the message twice. */
function timeouts(jobTimeoutSeconds: number) {
  const quarter = (jobTimeoutSeconds * 1000) / 4;
  return { connectionTimeout: Math.min(30_000, quarter), greetingTimeout: Math.min(30_000, quarter), socketTimeout: Math.min(60_000, quarter) };
}

/**
 * MAIL_FROM ("Name <address>" or an address), or the sender's name before it on MAIL_FROM's address:
 * without address-like characters and short, since anyone may name an organisation after someone else.
 */
function fromOf(mailFrom: string, sender: string | undefined) {
  const name = sender?.replace(/[<>@"\\]/g, '').slice(0, 60).trim();
  if (!name) return mailFrom;
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return { name: `${name} via ${named?.[1] || 'Shortlist'}`, address: named?.[2] ?? mailFrom.trim() };
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'jobTimeoutSeconds'>): Mailer {
  const message = ({ sender, ...mail }: Mail, id: string) => ({ ...mail, from: fromOf(config.mailFrom, sender), messageId: `<${id}@shortlist>` });
  const outbox = join(config.dataDir, 'outbox');
  // When the worker starts and every hour after, whether or not mail is sent (and after a move to SMTP,
  // until the outbox is empty); a clean-up that fails is tried again the next hour and never fails a send.
  const prune = () => pruneOutbox(outbox, new Date()).catch(() => undefined);
  void prune();
  setInterval(prune, PRUNE_EVERY_MS).unref();
  if (config.smtpUrl) {
    // Read here, not given to nodemailer as `url`: createTransport then takes the URL's options alone
    // and drops the others (requireTLS and the timeouts).
    const url = new URL(config.smtpUrl);
    const secure = url.protocol === 'smtps:';
    const smtp = nodemailer.createTransport({
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      // smtp:// would send the password in clear text to a server that offers no STARTTLS; not off this machine.
      requireTLS: !secure && !LOOPBACK.has(url.hostname),
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      ...timeouts(config.jobTimeoutSeconds),
    });
    return { send: async (mail, id) => void (await smtp.sendMail(message(mail, id))) };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail, id) {
      const sent = await files.sendMail(message(mail, id));
      await mkdir(outbox, { recursive: true });
      // Named by time first, so that a listing shows them in the order they were sent.
      await writeFile(join(outbox, outboxName(new Date())), sent.message as Buffer, { mode: 0o600 });
    },
  };
}
