import type pg from 'pg';
import { takesApplications } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import { invalid } from '../http/errors.ts';
import { type Answer, kindOf, meetsExpected, readAnswer } from './answer-kinds.ts';
import { PUBLIC_RESPONSE_JSON } from './criterion-json.ts';

export interface ResponsesBody {
  candidate_id: number;
  responses?: { criteria?: number; criteria_id?: number; response?: unknown; answer?: unknown }[];
  /** The client's other form: each answer under its criterion's id, beside candidate_id. */
  [criterionId: string]: unknown;
}

const MAX_ID = 2_147_483_647;

interface GivenAnswer {
  criterionId: number;
  value: unknown;
  /** Where a problem with it is reported. */
  field: string;
}

function givenAnswers(body: ResponsesBody): GivenAnswer[] | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const listed = (body.responses ?? []).map((r, i) => {
    const criterionId = r.criteria ?? r.criteria_id;
    if (criterionId === undefined) errors[`responses.${i}.criteria`] = 'This field is required.';
    return { criterionId: criterionId ?? 0, value: r.response ?? r.answer, field: `responses.${i}.response` };
  });
  const keyed = Object.entries(body)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, value]) => {
      if (Number(key) > MAX_ID) errors[key] = "No such question on this candidate's application of the last hour.";
      return { criterionId: Number(key), value, field: key };
    });
  const all = [...listed, ...keyed];
  for (const [i, a] of all.entries()) {
    if (all.findIndex((b) => b.criterionId === a.criterionId) < i) errors[a.field] = 'This question is answered twice.';
  }
  return Object.keys(errors).length ? { errors } : all;
}

interface OpenCriterion {
  id: number;
  response_type: string;
  options: string[];
  expected_response: Answer | null;
}

/**
 * The criteria among `ids` of open, published jobs (locked: a change to one waits, and marks
 * these answers again once they are in) the candidate applied to (or re-applied to)
 * within the last hour. Candidate ids are sequential: the window keeps anyone from changing
 * the answers of other candidates' past applications.
 */
async function openCriteria(client: pg.PoolClient, candidateId: number, ids: number[]): Promise<Map<number, OpenCriterion>> {
  const { rows } = await client.query<OpenCriterion>(
    `SELECT sc.id, sc.response_type, sc.options, sc.expected_response FROM screening_criteria sc JOIN jobs j ON j.id = sc.job_id
     WHERE sc.id = ANY($1) AND NOT sc.is_deleted AND ${takesApplications('j')}
       AND EXISTS (SELECT 1 FROM candidate_stage_events e WHERE e.candidate_id = $2 AND e.job_id = sc.job_id
         AND e.action IN ('applied', 'reapplied') AND e.created_at > now() - interval '1 hour')
     ORDER BY sc.id FOR SHARE OF sc`,
    [ids, candidateId],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * POST /jobs/candidate-responses/bulk-create/ (public: the apply page sends it right after applying):
 * the candidate's answers to their jobs' screening criteria, each checked against its kind and
 * marked as meeting the expected answer or not. An answer is replaced only after the candidate
 * applies again (so no one else can change it), and everything is refused if one answer is. All or nothing.
 */
export async function recordResponses(pool: pg.Pool, body: ResponsesBody) {
  const answers = givenAnswers(body);
  if ('errors' in answers) throw invalid(answers.errors);
  return withTransaction(pool, async (client) => {
    const criteria = await openCriteria(client, body.candidate_id, answers.map((a) => a.criterionId));
    const errors: Record<string, string> = {};
    const rows = answers.flatMap((a) => {
      const criterion = criteria.get(a.criterionId);
      const kind = criterion && kindOf(criterion.response_type);
      if (!criterion || !kind) {
        errors[a.field] = "No such question on this candidate's application of the last hour.";
        return [];
      }
      const reading = readAnswer(kind, criterion.options, a.value);
      if ('error' in reading) {
        errors[a.field] = reading.error;
        return [];
      }
      return [{ criterionId: a.criterionId, response: JSON.stringify(reading.value), meets: meetsExpected(kind, criterion.expected_response, reading.value) }];
    });
    if (Object.keys(errors).length) throw invalid(errors);
    if (!rows.length) return [];
    const { rows: saved } = await client.query(
      `WITH cr AS (
         INSERT INTO criteria_responses (criterion_id, candidate_id, response, meets_expected)
         SELECT a.criterion_id, $1, a.response, a.meets FROM unnest($2::int[], $3::jsonb[], $4::boolean[]) AS a(criterion_id, response, meets)
         ON CONFLICT (criterion_id, candidate_id) DO UPDATE SET response = EXCLUDED.response, meets_expected = EXCLUDED.meets_expected, updated_at = now()
           WHERE criteria_responses.updated_at < (SELECT max(e.created_at) FROM candidate_stage_events e JOIN screening_criteria c ON c.id = criteria_responses.criterion_id
             WHERE e.candidate_id = criteria_responses.candidate_id AND e.job_id = c.job_id AND e.action IN ('applied', 'reapplied'))
         RETURNING *)
       SELECT cr.criterion_id, ${PUBLIC_RESPONSE_JSON} AS response FROM cr JOIN screening_criteria sc ON sc.id = cr.criterion_id ORDER BY cr.criterion_id`,
      [body.candidate_id, rows.map((r) => r.criterionId), rows.map((r) => r.response), rows.map((r) => r.meets)],
    );
    const written = new Set(saved.map((r) => r.criterion_id));
    for (const a of answers) if (!written.has(a.criterionId)) errors[a.field] = 'This question is answered already; an answer changes only with a new application.';
    if (Object.keys(errors).length) throw invalid(errors);
    return saved.map((r) => r.response);
  });
}
