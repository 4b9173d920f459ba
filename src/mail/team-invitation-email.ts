import type { Mail } from './mailer.ts';

/** The e-mail a team member added without a password gets: who added them, and the link to choose one. */
export function teamInvitationEmail(to: string, name: string, inviter: string, organisation: string, link: string): Mail {
  return {
    to,
    subject: `${inviter} added you to ${organisation} on Shortlist`,
    text: `Hello ${name},\n\n${inviter} added you to the hiring team of ${organisation} on Shortlist. To choose your password and sign in, open this link within a week:\n\n${link}\n\nOnce it has expired, ask for a new one on the sign-in page ("Forgot password") with this address.\n`,
  };
}
