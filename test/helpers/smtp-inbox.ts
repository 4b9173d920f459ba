// A real SMTP server on loopback that keeps what it receives, for tests of the e-mail Shortlist sends.
import { after } from 'node:test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.ts';

export interface Received {
  to: string;
  subject: string;
  text: string;
  replyTo: string | undefined;
  from: string;
}

/** `host`: a loopback address to listen on (127.0.0.2 is this machine too, under another name than localhost). */
export async function smtpInbox(host = '127.0.0.1', refuse?: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, done) {
      if (!refuse) return done();
      const error = Object.assign(new Error('No such mailbox'), { responseCode: refuse });
      done(error);
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '', subject: mail.subject ?? '', text: mail.text ?? '', replyTo: mail.replyTo?.text, from: mail.from?.text ?? '' });
          done();
        })
        .catch(done);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://${host}:${port}`, received };
}
