import type { Mail } from './mailer.ts';

export function passwordResetEmail(to: string, name: string, link: string): Mail {
  return {
    to,
    subject: 'Reset your Shortlist password',
    text: `Hello ${name},\n\nTo choose a new password, open this link within an hour:\n\n${link}\n\nIf you did not ask for it, ignore this e-mail: your password stays as it is.\n`,
  };
}
