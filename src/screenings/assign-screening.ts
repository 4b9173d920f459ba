// POST /personality-screening/personality-screenings/: assigns a video interview to a candidate
// of a job, with questions from one of the organisation's question sets, and e-mails the candidate
// the link to it (within the organisation's daily e-mails, or nothing is assigned).
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDate } from '../http/iso-date.ts';
import { emailCandidates, type Invitations } from '../mail/email-candidate.ts';
import { type Invitee, invitationTo, inviteeColumns, mailTime } from '../mail/invitation-email.ts';
import { assertApplicationVisible } from '../stages/job-access.ts';
import { recordProgress } from '../stages/record-progress.ts';
import { assertQuestionSetField } from './question-sets.ts';
import { SCREENING_LINK } from './screening-json.ts';

export interface AssignBody {
  job: number;
  candidate: number;
  question_set: number;
  questions?: number[];
  expired_at: string;
  override?: boolean;
}

/** E-mails the candidate the link to their interview page, sent as the organisation and answered by the recruiter. */
async function inviteCandidate(client: pg.PoolClient, invitations: Invitations, user: AuthUser, screeningId: number): Promise<void> {
  const { rows } = await client.query<Invitee & { link: string; questions: number; closes: string }>(
    `SELECT ${inviteeColumns('$2')}, (${SCREENING_LINK}) AS link, jsonb_array_length(p.question_ids) AS questions,
       ${mailTime('p.expired_at')} AS closes
     FROM personality_screenings p JOIN candidates c ON c.id = p.candidate_id JOIN jobs j ON j.id = p.job_id
       JOIN organisations o ON o.id = j.org_id
     WHERE p.id = $1`,
    [screeningId, user.id],
  );
  const [r] = rows;
  const task = `a video interview (${r.questions} ${r.questions === 1 ? 'question' : 'questions'}, answered on camera)`;
  const invitation = invitationTo(r, { heading: 'A video interview', steps: [{ task, url: `${invitations.appUrl}${r.link}` }], closes: r.closes });
  await emailCandidates(client, invitations, user.org_id, [invitation], 'candidate');
}

export async function assignScreening(pool: pg.Pool, invitations: Invitations, user: AuthUser, body: AssignBody): Promise<number> {
  const expiredAt = isoDate(body.expired_at, 'expired_at');
  if (expiredAt <= new Date()) throw invalid({ expired_at: 'Must be in the future.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    await assertApplicationVisible(client, user, body.candidate, body.job, true);
    await assertQuestionSetField(client, user, body.question_set);
    const { rows: questions } = await client.query<{ id: number }>(
      `SELECT q.id FROM screening_questions q JOIN question_sets s ON s.id = q.question_set_id
       WHERE s.id = $1 AND s.org_id = $2 AND NOT q.is_deleted ORDER BY q.id`,
      [body.question_set, user.org_id],
    );
    const available = questions.map((q) => q.id);
    const chosen = body.questions?.length ? body.questions : available;
    if (!chosen.length) throw invalid({ question_set: 'The question set has no questions.' });
    if (chosen.some((id) => !available.includes(id))) throw invalid({ questions: 'Every question must come from the chosen question set.' });
    await recordProgress(client, { candidateId: body.candidate, jobId: body.job, stage: 'automated-video-interview', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO personality_screenings (job_id, candidate_id, question_set_id, question_ids, assigned_by, expired_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [body.job, body.candidate, body.question_set, JSON.stringify(chosen), user.id, expiredAt],
    );
    await inviteCandidate(client, invitations, user, rows[0].id);
    return rows[0].id;
  });
}
