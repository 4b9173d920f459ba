import type { Mail } from './mailer.ts';

/** The note a job's owner gets for each new applicant when the job asks for it (new_applicant_notify). */
export function newApplicantEmail(to: string, jobTitle: string, candidateName: string): Mail {
  return {
    to,
    subject: `New applicant for ${jobTitle}: ${candidateName}`,
    text: `${candidateName} has applied for ${jobTitle}. Their resume is being parsed and scored; open Shortlist to review the application.\n`,
  };
}
