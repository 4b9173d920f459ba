import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMailer } from '../../src/mail/mailer.ts';
import { smtpInbox } from '../helpers/smtp-inbox.ts';

const mail = { to: 'Rosa Reyes <rosa@mail.example>', subject: 'Your application for Forklift Operator', text: 'Hello Rosa,\n\nGood news.\n', replyTo: 'erin@org.example' };

test('with SMTP_URL, mail goes to the SMTP server', async () => {
  const inbox = await smtpInbox();
  await createMailer({ smtpUrl: inbox.url, mailFrom: 'Hiring <jobs@org.example>', dataDir: '/nonexistent' }).send(mail);
  assert.equal(inbox.received.length, 1);
  assert.deepEqual(inbox.received[0], { to: mail.to.replace('Rosa Reyes', '"Rosa Reyes"'), subject: mail.subject, text: mail.text, replyTo: mail.replyTo, from: '"Hiring" <jobs@org.example>' });
});

test('without one, each message is an .eml file in DATA_DIR/outbox', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-mail-'));
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Shortlist <no-reply@localhost>', dataDir });
  await mailer.send(mail);
  await mailer.send({ ...mail, subject: 'Second' });
  const files = (await readdir(join(dataDir, 'outbox'))).sort();
  assert.equal(files.length, 2);
  assert.ok(files.every((f) => f.endsWith('.eml')));
  const first = await readFile(join(dataDir, 'outbox', files[0]), 'utf8');
  assert.match(first, /^To: Rosa Reyes <rosa@mail\.example>$/m);
  assert.match(first, /^Subject: Your application for Forklift Operator$/m);
  assert.match(first, /^Reply-To: erin@org\.example$/m);
  assert.match(first, /Good news\./);
});
