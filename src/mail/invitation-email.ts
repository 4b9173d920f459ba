import type { Mail } from './mailer.ts';

/** An invitation to the next step of an application, taken on the web client through a link. */
export interface Invitation {
  to: string;
  candidateName: string;
  jobTitle: string;
  organisation: string;
  /** The step, as the subject opens with it: 'Backend basics: an assessment', 'A video interview'. */
  heading: string;
  /** The step, as the text names it: 'the assessment "Backend basics" (10 minutes)'. */
  task: string;
  /** The candidate's page on the web app. */
  url: string;
  /** When the link opens (if later than now) and closes, as the candidate reads them ("2026-12-01 09:00 UTC"). */
  opens?: string;
  closes: string;
  replyTo: string;
}

/** The e-mail that gives a candidate the link to an assessment or a video interview. */
export function invitationEmail(e: Invitation): Mail {
  const when = e.opens ? `from ${e.opens} until ${e.closes}` : `until ${e.closes}`;
  return {
    to: e.to,
    subject: `${e.heading} for your application for ${e.jobTitle}`,
    text:
      `Hello ${e.candidateName},\n\n` +
      `As the next step of your application for ${e.jobTitle}, ${e.organisation} invites you to take ${e.task}.\n` +
      `Open it ${when}:\n\n${e.url}\n\n${e.organisation}\n`,
    replyTo: e.replyTo,
  };
}
