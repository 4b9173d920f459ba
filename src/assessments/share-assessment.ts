// POST /test/share/: assigns assessments to candidates of a job, each with its own link open
// from valid_from to valid_to, and e-mails each candidate their link. All or nothing: a refused
// candidate, or an e-mail past the organisation's daily limit, refuses the whole share.
import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDate } from '../http/iso-date.ts';
import { emailCandidates, type Invitations } from '../mail/email-candidate.ts';
import { type Invitee, invitationTo, inviteeColumns, mailTime } from '../mail/invitation-email.ts';
import { assertApplicationsVisible } from '../stages/job-access.ts';
import { recordProgressOfMany } from '../stages/record-progress.ts';
import { LOG_MINUTES, TEST_LOG_LINK } from './assessment-json.ts';
import { pickQuestions, type QuestionPick } from './log-questions.ts';
import { adoptPrebuilt, type PrebuiltAssessment, prebuiltAssessment } from './prebuilt-assessments.ts';
import type { Question } from './questions.ts';

/** An assessment to share: its id, or as the web client's assign dialog sends it, with how its questions are put. */
export type SharedAssessment = number | { id: number; type?: string; randomize_question?: boolean; question_count?: number | null };

export interface ShareBody {
  job: number;
  candidate_id: number[];
  assessments: SharedAssessment[];
  valid_from?: string | null;
  valid_to: string;
  preferences?: Record<string, unknown>;
  override?: boolean;
}

function date(raw: string | null | undefined, field: string, fallback?: Date): Date {
  if (!raw) {
    if (fallback) return fallback;
    throw invalid({ [field]: 'This field is required.' });
  }
  return isoDate(raw, field);
}

const TYPES = ['user-owned-assessment', 'prebuilt-assessment'];

/** Each assessment's id, whether it is a pre-built one, how its questions are put, and its log's preferences: the share's, with that pick. */
function assessmentsOf(body: ShareBody) {
  return body.assessments.map((a) => {
    if (typeof a === 'number') return { id: a, prebuilt: false, pick: { randomize_question: false, question_count: null }, preferences: body.preferences ?? {} };
    if (a.type !== undefined && !TYPES.includes(a.type)) throw invalid({ assessments: `The type must be ${TYPES.join(' or ')}.` });
    const pick: QuestionPick = { randomize_question: a.randomize_question ?? false, question_count: a.question_count ?? null };
    return { id: a.id, prebuilt: a.type === 'prebuilt-assessment', pick, preferences: { ...body.preferences, ...pick } };
  });
}

/** What a shared assessment gives its logs. */
interface Source {
  title: string;
  questions: Question[];
  time_duration_in_minutes: number;
}

/**
 * The shared assessments with the organisation's own ids, and what each gives its logs: a
 * pre-built one becomes the organisation's copy of it, and gives the library's questions.
 */
async function ownAssessments(client: pg.PoolClient, user: AuthUser, asked: ReturnType<typeof assessmentsOf>) {
  const copies = new Map<number, { id: number; library: PrebuiltAssessment }>();
  // In ascending order, so that two first shares of the same ones cannot wait on each other.
  for (const libraryId of [...new Set(asked.filter((a) => a.prebuilt).map((a) => a.id))].sort((x, y) => x - y)) {
    const library = prebuiltAssessment(libraryId);
    if (!library) throw invalid({ assessments: `There is no pre-built assessment ${libraryId}.` });
    copies.set(libraryId, { id: await adoptPrebuilt(client, user, library), library });
  }
  const own = asked.map((a) => {
    const copy = a.prebuilt ? copies.get(a.id) : undefined;
    return { ...a, id: copy?.id ?? a.id, library: copy?.library };
  });
  if (new Set(own.map((a) => a.id)).size !== own.length) throw invalid({ assessments: 'Name each assessment once.' });
  const { rows } = await client.query<Source & { id: number }>(
    'SELECT id, title, questions, time_duration_in_minutes FROM assessments WHERE id = ANY($1::int[]) AND org_id = $2',
    [own.map((a) => a.id), user.org_id],
  );
  const mine = new Map(rows.map((r) => [r.id, r]));
  if (mine.size !== own.length) throw invalid({ assessments: 'Every assessment must belong to your organisation.' });
  return own.map((a) => {
    const source: Source = a.library ?? (mine.get(a.id) as Source);
    if (a.pick.question_count && a.pick.question_count > source.questions.length) {
      throw invalid({ assessments: `"${source.title}" has ${source.questions.length} questions; ask for at most that many.` });
    }
    return { ...a, source };
  });
}

interface InvitedLog extends Invitee {
  link: string;
  opens: string;
  closes: string;
  opens_later: boolean;
  assessment: string;
  minutes: number;
}

/**
 * E-mails each candidate of the new test logs the links to their test pages, one e-mail per
 * candidate, sent as the organisation and answered by the recruiter.
 */
async function inviteCandidates(client: pg.PoolClient, invitations: Invitations, user: AuthUser, logIds: number[]): Promise<void> {
  const { rows } = await client.query<InvitedLog>(
    `SELECT ${inviteeColumns('$2')}, (${TEST_LOG_LINK}) AS link, ${mailTime('l.valid_from')} AS opens, ${mailTime('l.valid_to')} AS closes,
       l.valid_from > now() AS opens_later, t.title AS assessment, ${LOG_MINUTES} AS minutes
     FROM test_logs l JOIN candidates c ON c.id = l.candidate_id JOIN assessments t ON t.id = l.assessment_id
       JOIN jobs j ON j.id = l.job_id JOIN organisations o ON o.id = j.org_id
     WHERE l.id = ANY($1::int[]) ORDER BY l.id`,
    [logIds, user.id],
  );
  const byCandidate = new Map<number, InvitedLog[]>();
  for (const r of rows) {
    if (!byCandidate.has(r.candidate_id)) byCandidate.set(r.candidate_id, []);
    byCandidate.get(r.candidate_id)?.push(r);
  }
  const emails = [...byCandidate.values()].map((logs) =>
    invitationTo(logs[0], {
      heading: logs.length === 1 ? `${logs[0].assessment}: an assessment` : `${logs.length} assessments`,
      steps: logs.map((l) => ({ task: `the assessment "${l.assessment}" (${l.minutes} minutes)`, url: `${invitations.appUrl}${l.link}` })),
      opens: logs[0].opens_later ? logs[0].opens : undefined,
      closes: logs[0].closes,
    }),
  );
  await emailCandidates(client, invitations, user.org_id, emails, 'candidate_id');
}

export async function shareAssessment(pool: pg.Pool, invitations: Invitations, user: AuthUser, body: ShareBody): Promise<number[]> {
  assertCanEditJobs(user);
  const candidates = body.candidate_id;
  const asked = assessmentsOf(body);
  if (!candidates.length) throw invalid({ candidate_id: 'Choose at least one candidate.' });
  if (new Set(candidates).size !== candidates.length) throw invalid({ candidate_id: 'Name each candidate once.' });
  if (!asked.length) throw invalid({ assessments: 'Choose at least one assessment.' });
  const validFrom = date(body.valid_from, 'valid_from', new Date());
  const validTo = date(body.valid_to, 'valid_to');
  if (validTo <= validFrom) throw invalid({ valid_to: 'Must be after valid_from.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    const shared = await ownAssessments(client, user, asked);
    await assertApplicationsVisible(client, user, candidates, body.job, true);
    await recordProgressOfMany(client, { candidateIds: candidates, jobId: body.job, stage: 'assessment', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    // One log per candidate and assessment, each with its own draw of questions and the time for
    // them, inserted in the order asked: their ids come from one sequence, so ascending ids are that order.
    const logs = candidates.flatMap((candidate) => shared.map((a) => ({ candidate, assessment: a.id, preferences: a.preferences, source: a.source, questions: pickQuestions(a.source.questions, a.pick) })));
    const { rows } = await client.query<{ ids: number[] }>(
      `WITH logs AS (
         INSERT INTO test_logs (job_id, candidate_id, assessment_id, assigned_by, valid_from, valid_to, preferences, questions, time_duration_in_minutes)
         SELECT $1::int, p.candidate, p.assessment, $2::int, $3::timestamptz, $4::timestamptz, p.preferences, p.questions, p.minutes
         FROM unnest($5::int[], $6::int[], $7::jsonb[], $8::jsonb[], $9::int[]) WITH ORDINALITY AS p(candidate, assessment, preferences, questions, minutes, n)
         ORDER BY p.n
         RETURNING id)
       SELECT array_agg(id ORDER BY id) AS ids FROM logs`,
      [
        body.job,
        user.id,
        validFrom,
        validTo,
        logs.map((l) => l.candidate),
        logs.map((l) => l.assessment),
        logs.map((l) => JSON.stringify(l.preferences)),
        logs.map((l) => JSON.stringify(l.questions)),
        logs.map((l) => l.source.time_duration_in_minutes),
      ],
    );
    await inviteCandidates(client, invitations, user, rows[0].ids);
    return rows[0].ids;
  });
}
