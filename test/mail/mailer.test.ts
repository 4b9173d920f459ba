import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMailer, OUTBOX_RETENTION_DAYS, PRUNE_EVERY_MS } from '../../src/mail/mailer.ts';
import { deliver } from '../../src/mail/send-email-handler.ts';
import { smtpInbox } from '../helpers/smtp-inbox.ts';
import { waitFor } from '../queue/fast-settings.ts';

const mail = { to: 'Rosa Reyes <rosa@mail.example>', subject: 'Your application for Forklift Operator', text: 'Hello Rosa,\n\nGood news.\n', replyTo: 'erin@org.example' };

test('with SMTP_URL, mail goes to the SMTP server', async () => {
  const inbox = await smtpInbox();
  await createMailer({ smtpUrl: inbox.url, mailFrom: 'Hiring <jobs@org.example>', dataDir: '/nonexistent', jobTimeoutSeconds: 300 }).send(mail, 'm-1');
  assert.equal(inbox.received.length, 1);
  assert.deepEqual(inbox.received[0], { to: mail.to.replace('Rosa Reyes', '"Rosa Reyes"'), subject: mail.subject, text: mail.text, replyTo: mail.replyTo, from: '"Hiring" <jobs@org.example>' });
});

test('without one, each message is an .eml file in DATA_DIR/outbox', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-mail-'));
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Shortlist <no-reply@localhost>', dataDir, jobTimeoutSeconds: 300 });
  await mailer.send({ ...mail, sender: 'Pinecrest Bakery' }, 'm-2');
  await mailer.send({ ...mail, subject: 'Second' }, 'm-3');
  const files = (await readdir(join(dataDir, 'outbox'))).sort();
  assert.equal(files.length, 2);
  assert.ok(files.every((f) => f.endsWith('.eml')));
  const first = await readFile(join(dataDir, 'outbox', files[0]), 'utf8');
  assert.match(first, /^To: Rosa Reyes <rosa@mail\.example>$/m);
  assert.match(first, /^Subject: Your application for Forklift Operator$/m);
  assert.match(first, /^Reply-To: erin@org\.example$/m);
  assert.match(first, /Good news\./);
  assert.match(first, /^From: Pinecrest Bakery via Shortlist <no-reply@localhost>$/m);
  assert.match(first, /^Message-ID: <m-2@shortlist>$/m);
});

const named = (daysAgo: number, id = '0f8fad5b-d9cb-469f-a165-70867728950e') => `${new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/[:.]/g, '-')}-${id}.eml`;

test('the outbox keeps a week of messages: older ones are deleted when the worker starts, other files are left', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-mail-'));
  const outbox = join(dataDir, 'outbox');
  await mkdir(outbox);
  const expired = named(OUTBOX_RETENTION_DAYS + 1);
  const kept = named(OUTBOX_RETENTION_DAYS - 1);
  for (const name of [expired, kept, 'notes.eml', 'README']) await writeFile(join(outbox, name), 'x');
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Shortlist <no-reply@localhost>', dataDir, jobTimeoutSeconds: 300 });
  await waitFor(async () => !(await readdir(outbox)).includes(expired), 5_000);
  await mailer.send(mail, 'm-9');
  const files = await readdir(outbox);
  assert.equal(files.length, 4);
  assert.ok(files.includes(kept) && files.includes('notes.eml') && files.includes('README'));
  assert.match(await readFile(join(outbox, files.filter((f) => ![kept, 'notes.eml', 'README'].includes(f))[0]), 'utf8'), /^Message-ID: <m-9@shortlist>$/m);
});

test('the clean-up runs every hour whether or not mail is sent, also after a move to SMTP, and one that fails never fails a send', async (t) => {
  t.mock.timers.enable({ apis: ['setInterval'] });
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-mail-'));
  const outbox = join(dataDir, 'outbox');
  await mkdir(outbox);
  // A directory under an expired message's name cannot be removed as a file: the clean-up fails.
  const stuck = named(OUTBOX_RETENTION_DAYS + 1, '1f8fad5b-d9cb-469f-a165-70867728950e');
  await mkdir(join(outbox, stuck));
  await writeFile(join(outbox, stuck, 'inside'), 'x');
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Shortlist <no-reply@localhost>', dataDir, jobTimeoutSeconds: 300 });
  await mailer.send(mail, 'm-10');
  assert.equal((await readdir(outbox)).length, 2, 'the message is written although the clean-up failed');
  // The next hour, with no mail sent in between, the clean-up is tried again.
  await rm(join(outbox, stuck), { recursive: true });
  const later = named(OUTBOX_RETENTION_DAYS + 2);
  await writeFile(join(outbox, later), 'x');
  t.mock.timers.tick(PRUNE_EVERY_MS);
  await waitFor(async () => !(await readdir(outbox)).includes(later), 5_000);
  // With SMTP_URL now set, the .eml files left from before still go once their week is over.
  const left = named(OUTBOX_RETENTION_DAYS + 3);
  await writeFile(join(outbox, left), 'x');
  createMailer({ smtpUrl: 'smtp://localhost:2525', mailFrom: 'Shortlist <no-reply@localhost>', dataDir, jobTimeoutSeconds: 300 });
  await waitFor(async () => !(await readdir(outbox)).includes(left), 5_000);
  assert.equal((await readdir(outbox)).length, 1, 'the message sent stays');
});

test("a sender's name loses what could pass for an address, and is cut short", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-mail-'));
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Shortlist <no-reply@localhost>', dataDir, jobTimeoutSeconds: 300 });
  await mailer.send({ ...mail, sender: `"Pinecrest" <ceo@bank.example>${'x'.repeat(80)}` }, 'm-8');
  const [file] = await readdir(join(dataDir, 'outbox'));
  // The header as one line (a long one is folded onto the next).
  const from = (await readFile(join(dataDir, 'outbox', file), 'utf8')).replace(/\r?\n[ \t]+/g, ' ').match(/^From: (.*)$/m)?.[1];
  assert.equal(from, `"Pinecrest ceobank.example${'x'.repeat(35)} via Shortlist" <no-reply@localhost>`);
});

test('smtp:// to another machine insists on STARTTLS, so the password never goes in clear text; the job is retried meanwhile', async () => {
  const inbox = await smtpInbox('127.0.0.2');
  const mailer = createMailer({ smtpUrl: inbox.url, mailFrom: 'x@org.example', dataDir: '/nonexistent', jobTimeoutSeconds: 300 });
  await assert.rejects(mailer.send(mail, 'm-4'), /STARTTLS/i);
  await assert.rejects(deliver(mailer, mail, { id: 'm-4', retryCount: 0, retryLimit: 12 }), 'a refusal of us, not of the message, is retried');
  assert.equal(inbox.received.length, 0);
});

test('a message the server refuses for good is not retried; one it cannot take now is, and its last failure is logged', async () => {
  const refused = await smtpInbox('127.0.0.1', 550);
  const attempt = (id: string, retryCount = 0) => ({ id, retryCount, retryLimit: 12 });
  await deliver(createMailer({ smtpUrl: refused.url, mailFrom: 'x@org.example', dataDir: '/nonexistent', jobTimeoutSeconds: 300 }), mail, attempt('m-5'));
  const busy = await smtpInbox('127.0.0.1', 451);
  const mailer = createMailer({ smtpUrl: busy.url, mailFrom: 'x@org.example', dataDir: '/nonexistent', jobTimeoutSeconds: 300 });
  const logged: string[] = [];
  const log = console.error;
  console.error = (line: string) => logged.push(line);
  try {
    await assert.rejects(deliver(mailer, mail, attempt('m-6')));
    await assert.rejects(deliver(mailer, mail, attempt('m-7', 12)));
  } finally {
    console.error = log;
  }
  assert.deepEqual(logged, ['mail: message m-7 not sent after 13 attempts (451); given up'], 'said once, at the last attempt, naming no address');
});
