import type { Mail } from './mailer.ts';

/**
 * The note a job's owner gets when the job has new applicants (new_applicant_notify). It names no
 * applicant: anyone may apply under any name, and the note would carry it.
 */
export function newApplicantsEmail(to: string, jobTitle: string): Mail {
  return {
    to,
    subject: `New applicants for ${jobTitle}`,
    text: `${jobTitle} has new applicants. Their resumes are being parsed and scored; open Shortlist to review them.\n`,
  };
}
