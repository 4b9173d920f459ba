import type { Mail } from './mailer.ts';

const STATUS_LINES: Record<string, (title: string) => string> = {
  Shortlisted: (title) => `Your application for ${title} has been shortlisted. We will be in touch about the next step.`,
  'Not Shortlisted': (title) => `Thank you for applying for ${title}. After careful review, we will not be taking your application further.`,
  'On Hold': (title) => `Your application for ${title} is on hold for now. We will let you know when anything changes.`,
  'Under Review': (title) => `Your application for ${title} is being reviewed.`,
};

export interface StatusEmail {
  to: string;
  candidateName: string;
  jobTitle: string;
  organisation: string;
  status: string;
  /** What the recruiter wrote; a message for the status otherwise. */
  subject?: string | null;
  body?: string | null;
  replyTo: string;
}

/** The e-mail a recruiter sends a candidate with a decision on their resume. */
export function statusEmail(e: StatusEmail): Mail {
  const subject = e.subject?.trim() || `Your application for ${e.jobTitle} at ${e.organisation}`;
  const written = e.body?.trim();
  const line = STATUS_LINES[e.status]?.(e.jobTitle) ?? `There is news about your application for ${e.jobTitle}.`;
  const text = written || `Hello ${e.candidateName},\n\n${line}\n\n${e.organisation}\n`;
  return { to: e.to, subject, text, replyTo: e.replyTo };
}
