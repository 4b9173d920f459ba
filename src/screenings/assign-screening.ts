// POST /personality-screening/personality-screenings/: assigns a video interview to one candidate
// (`candidate`) or several (`candidates`) of a job, with questions from one of the organisation's
// question sets, and e-mails each candidate the link to theirs. All or nothing: a refused
// candidate, or e-mails past the organisation's daily limit, assign nothing.
import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDate } from '../http/iso-date.ts';
import { SqlParams } from '../http/sql.ts';
import { emailCandidates, type Invitations } from '../mail/email-candidate.ts';
import { type Invitee, invitationTo, inviteeColumns, mailTime } from '../mail/invitation-email.ts';
import { assertApplicationsVisible } from '../stages/job-access.ts';
import { recordProgressOfMany } from '../stages/record-progress.ts';
import { assertQuestionSetField } from './question-sets.ts';
import { screeningLink } from './screening-json.ts';

export interface AssignBody {
  job: number;
  candidate?: number;
  candidates?: number[];
  question_set: number;
  questions?: number[];
  expired_at: string;
  override?: boolean;
}

/** The candidates asked for, and the field that names them in errors. */
function candidatesOf(body: AssignBody): { ids: number[]; field: 'candidate' | 'candidates' } {
  if ((body.candidate === undefined) === (body.candidates === undefined)) {
    throw invalid({ candidates: 'Send either candidate (one id) or candidates (a list of ids).' });
  }
  if (body.candidates === undefined) return { ids: [body.candidate as number], field: 'candidate' };
  if (!body.candidates.length) throw invalid({ candidates: 'Choose at least one candidate.' });
  if (new Set(body.candidates).size !== body.candidates.length) throw invalid({ candidates: 'Name each candidate once.' });
  return { ids: body.candidates, field: 'candidates' };
}

/** A 400 naming the first of the listed candidates who has not applied to the job (or whose job the user may not see). */
async function assertListedApplicants(client: pg.PoolClient, user: AuthUser, ids: number[], jobId: number): Promise<void> {
  const params = new SqlParams();
  const { rows } = await client.query<{ id: number }>(
    `SELECT c.id FROM unnest(${params.add(ids)}::int[]) WITH ORDINALITY AS c(id, n)
     WHERE NOT EXISTS (SELECT 1 FROM job_universal_status a JOIN jobs j ON j.id = a.job_id
       WHERE a.candidate_id = c.id AND a.job_id = ${params.add(jobId)} AND ${visibleJobs(user, params)})
     ORDER BY c.n LIMIT 1`,
    params.values,
  );
  if (rows[0]) throw invalid({ candidates: `Candidate ${rows[0].id} has not applied to this job.` });
}

/** E-mails each candidate the link to their interview page, sent as the organisation and answered by the recruiter. */
async function inviteCandidates(client: pg.PoolClient, invitations: Invitations, user: AuthUser, screeningIds: number[], field: string): Promise<void> {
  const { rows } = await client.query<Invitee & { link: string; questions: number; closes: string }>(
    `SELECT ${inviteeColumns('$2')}, (${screeningLink('$3')}) AS link, jsonb_array_length(p.question_ids) AS questions,
       ${mailTime('p.expired_at')} AS closes
     FROM personality_screenings p JOIN candidates c ON c.id = p.candidate_id JOIN jobs j ON j.id = p.job_id
       JOIN organisations o ON o.id = j.org_id
     WHERE p.id = ANY($1::int[]) ORDER BY p.id`,
    [screeningIds, user.id, invitations.appUrl],
  );
  const emails = rows.map((r) => {
    const task = `a video interview (${r.questions} ${r.questions === 1 ? 'question' : 'questions'}, answered on camera)`;
    return invitationTo(r, { heading: 'A video interview', steps: [{ task, url: r.link }], closes: r.closes });
  });
  await emailCandidates(client, invitations, user.org_id, emails, field);
}

/** The new interviews' ids, in the order of the candidates asked for. */
export async function assignScreenings(pool: pg.Pool, invitations: Invitations, user: AuthUser, body: AssignBody): Promise<number[]> {
  const candidates = candidatesOf(body);
  const expiredAt = isoDate(body.expired_at, 'expired_at');
  if (expiredAt <= new Date()) throw invalid({ expired_at: 'Must be in the future.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    if (candidates.field === 'candidates') await assertListedApplicants(client, user, candidates.ids, body.job);
    await assertApplicationsVisible(client, user, candidates.ids, body.job, true);
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
    await recordProgressOfMany(client, { candidateIds: candidates.ids, jobId: body.job, stage: 'automated-video-interview', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    // Inserted in the order asked: their ids come from one sequence, so ascending ids are that order.
    const { rows } = await client.query<{ ids: number[] }>(
      `WITH added AS (
         INSERT INTO personality_screenings (job_id, candidate_id, question_set_id, question_ids, assigned_by, expired_at)
         SELECT $1::int, c.id, $2::int, $3::jsonb, $4::int, $5::timestamptz FROM unnest($6::int[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n
         RETURNING id)
       SELECT array_agg(id ORDER BY id) AS ids FROM added`,
      [body.job, body.question_set, JSON.stringify(chosen), user.id, expiredAt, candidates.ids],
    );
    await inviteCandidates(client, invitations, user, rows[0].ids, candidates.field);
    return rows[0].ids;
  });
}
