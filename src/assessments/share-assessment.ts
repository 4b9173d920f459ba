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
import { invitationEmail } from '../mail/invitation-email.ts';
import { assertApplicationsVisible } from '../stages/job-access.ts';
import { recordProgressOfMany } from '../stages/record-progress.ts';
import { TEST_LOG_LINK } from './assessment-json.ts';

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

/** Each assessment's id and its log's preferences: the share's, with the pick of questions made for that assessment. */
function assessmentsOf(body: ShareBody) {
  return body.assessments.map((a) => {
    if (typeof a === 'number') return { id: a, preferences: body.preferences ?? {} };
    if (a.type !== undefined && a.type !== 'user-owned-assessment') {
      throw invalid({ assessments: "Only your organisation's own assessments can be shared (type user-owned-assessment)." });
    }
    return { id: a.id, preferences: { ...body.preferences, randomize_question: a.randomize_question ?? false, question_count: a.question_count ?? null } };
  });
}

/** E-mails each new test log's candidate the link to their test page, sent as the organisation and answered by the recruiter. */
async function inviteCandidates(client: pg.PoolClient, invitations: Invitations, user: AuthUser, logIds: number[]): Promise<void> {
  const { rows } = await client.query(
    `SELECT l.candidate_id, l.job_id, (${TEST_LOG_LINK}) AS link,
       to_char(l.valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS valid_from,
       to_char(l.valid_to AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS valid_to, l.valid_from > now() AS opens_later, c.name AS candidate_name, c.email,
       t.title AS assessment, t.time_duration_in_minutes AS minutes, j.title AS job_title, o.name AS organisation,
       (SELECT u.email FROM users u WHERE u.id = $2) AS recruiter_email
     FROM test_logs l JOIN candidates c ON c.id = l.candidate_id JOIN assessments t ON t.id = l.assessment_id
       JOIN jobs j ON j.id = l.job_id JOIN organisations o ON o.id = j.org_id
     WHERE l.id = ANY($1::int[]) ORDER BY l.id`,
    [logIds, user.id],
  );
  const emails = rows.map((r) => {
    const mail = invitationEmail({
      to: r.email,
      candidateName: r.candidate_name,
      jobTitle: r.job_title,
      organisation: r.organisation,
      heading: `${r.assessment}: an assessment`,
      task: `the assessment "${r.assessment}" (${r.minutes} minutes)`,
      url: `${invitations.appUrl}${r.link}`,
      opens: r.opens_later ? r.valid_from : undefined,
      closes: r.valid_to,
      replyTo: r.recruiter_email,
    });
    return { application: { candidateId: r.candidate_id, jobId: r.job_id }, mail: { ...mail, sender: r.organisation } };
  });
  await emailCandidates(client, invitations, user.org_id, emails, 'candidate_id');
}

export async function shareAssessment(pool: pg.Pool, invitations: Invitations, user: AuthUser, body: ShareBody): Promise<number[]> {
  assertCanEditJobs(user);
  const candidates = body.candidate_id;
  const shared = assessmentsOf(body);
  const assessmentIds = shared.map((a) => a.id);
  if (!candidates.length) throw invalid({ candidate_id: 'Choose at least one candidate.' });
  if (!assessmentIds.length) throw invalid({ assessments: 'Choose at least one assessment.' });
  const validFrom = date(body.valid_from, 'valid_from', new Date());
  const validTo = date(body.valid_to, 'valid_to');
  if (validTo <= validFrom) throw invalid({ valid_to: 'Must be after valid_from.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    const { rows: found } = await client.query<{ id: number }>('SELECT id FROM assessments WHERE id = ANY($1::int[]) AND org_id = $2', [assessmentIds, user.org_id]);
    if (found.length !== new Set(assessmentIds).size) throw invalid({ assessments: 'Every assessment must belong to your organisation.' });
    await assertApplicationsVisible(client, user, candidates, body.job, true);
    await recordProgressOfMany(client, { candidateIds: candidates, jobId: body.job, stage: 'assessment', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    // The rows are inserted candidate by candidate, assessment by assessment, and take their ids
    // from one sequence in that order: ascending ids are the order asked.
    const { rows } = await client.query<{ ids: number[] }>(
      `WITH logs AS (
         INSERT INTO test_logs (job_id, candidate_id, assessment_id, assigned_by, valid_from, valid_to, preferences)
         SELECT $1::int, c.id, t.id, $4::int, $5::timestamptz, $6::timestamptz, t.preferences
         FROM unnest($2::int[]) WITH ORDINALITY AS c(id, n), unnest($3::int[], $7::jsonb[]) WITH ORDINALITY AS t(id, preferences, n)
         ORDER BY c.n, t.n
         RETURNING id)
       SELECT array_agg(id ORDER BY id) AS ids FROM logs`,
      [body.job, candidates, assessmentIds, user.id, validFrom, validTo, shared.map((a) => JSON.stringify(a.preferences))],
    );
    await inviteCandidates(client, invitations, user, rows[0].ids);
    return rows[0].ids;
  });
}
