import type { Mail } from './mailer.ts';
import type { CandidateEmail } from './queue-email.ts';

/** An invitation to the next steps of an application, each taken on the web client through its link. */
export interface Invitation {
  to: string;
  candidateName: string;
  jobTitle: string;
  organisation: string;
  /** The steps, as the subject opens with them: 'Backend basics: an assessment', 'A video interview'. */
  heading: string;
  /** Each step as the text names it ('the assessment "Backend basics" (10 minutes)'), with its page on the web app. */
  steps: { task: string; url: string }[];
  /** When the links open (if later than now) and close, as the candidate reads them ("2026-12-01 09:00 UTC"). */
  opens?: string;
  closes: string;
  replyTo: string;
}

/** A time as an invitation gives it, in SQL: to the minute, in UTC. */
export const mailTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')`;

/** "a", "a and b", "a, b and c". */
const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The e-mail that gives a candidate the links to assessments or a video interview. */
function invitationEmail(e: Invitation): Mail {
  const when = e.opens ? `from ${e.opens} until ${e.closes}` : `until ${e.closes}`;
  const one = e.steps.length === 1;
  const links = one ? e.steps[0].url : e.steps.map((s) => `${s.task}: ${s.url}`).join('\n');
  return {
    to: e.to,
    subject: `${e.heading} for your application for ${e.jobTitle}`,
    text:
      `Hello ${e.candidateName},\n\n` +
      `As the next step of your application for ${e.jobTitle}, ${e.organisation} invites you to take ${listed(e.steps.map((s) => s.task))}.\n` +
      `Open ${one ? 'it' : 'each'} ${when}:\n\n${links}\n\n${e.organisation}\n`,
    replyTo: e.replyTo,
  };
}

/** Who is invited, as an invitation's query selects it: candidate `c`, job `j`, organisation `o`, and the recruiter's id as `recruiter`. */
export const inviteeColumns = (recruiter: string) =>
  `c.id AS candidate_id, j.id AS job_id, c.name AS candidate_name, c.email, j.title AS job_title, o.name AS organisation,
   (SELECT u.email FROM users u WHERE u.id = ${recruiter}) AS recruiter_email`;

export interface Invitee {
  candidate_id: number;
  job_id: number;
  candidate_name: string;
  email: string;
  job_title: string;
  organisation: string;
  recruiter_email: string;
}

/** The invitation to one candidate about their application, sent as the organisation and answered by the recruiter. */
export function invitationTo(r: Invitee, what: Pick<Invitation, 'heading' | 'steps' | 'opens' | 'closes'>): CandidateEmail {
  const mail = invitationEmail({ to: r.email, candidateName: r.candidate_name, jobTitle: r.job_title, organisation: r.organisation, replyTo: r.recruiter_email, ...what });
  return { application: { candidateId: r.candidate_id, jobId: r.job_id }, mail: { ...mail, sender: r.organisation } };
}
