import type { Mail } from './mailer.ts';

export interface AssessmentInvitation {
  to: string;
  candidateName: string;
  jobTitle: string;
  organisation: string;
  assessment: string;
  minutes: number;
  /** The candidate's test page on the web app. */
  url: string;
  /** When the link opens and closes, as the candidate reads them ("2026-12-01 09:00 UTC"). */
  validFrom: string;
  validTo: string;
  replyTo: string;
}

/** The e-mail that gives a candidate the link to an assessment shared with them. */
export function assessmentEmail(e: AssessmentInvitation): Mail {
  return {
    to: e.to,
    subject: `${e.assessment}: an assessment for your application for ${e.jobTitle}`,
    text:
      `Hello ${e.candidateName},\n\n` +
      `As the next step of your application for ${e.jobTitle}, ${e.organisation} invites you to take the assessment "${e.assessment}" (${e.minutes} minutes).\n` +
      `Open it from ${e.validFrom} until ${e.validTo}:\n\n${e.url}\n\n${e.organisation}\n`,
    replyTo: e.replyTo,
  };
}
