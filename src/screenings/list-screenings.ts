import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { assertCanEditJobs, visibleJobs } from '../access/jobs.ts';
import { queueBlobDeletion } from '../candidates/file-jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { SCREENING_FROM, screeningJson } from './screening-json.ts';

const FIELDS: FilterFields = {
  job: { sql: 'p.job_id', type: 'number' },
  candidate: { sql: 'p.candidate_id', type: 'number' },
  status_text: { sql: 'p.status_text', type: 'text' },
  assigned_at: { sql: 'p.assigned_at', type: 'date' },
  expired_at: { sql: 'p.expired_at', type: 'date' },
};

export async function listScreenings(pool: pg.Pool, user: AuthUser, appUrl: string, query: Record<string, unknown>, at: PageRequest) {
  const params = new SqlParams();
  const item = screeningJson(params.add(appUrl));
  const where = [visibleJobs(user, params), ...filterConditions(query, FIELDS, params)];
  return fetchPage(pool, { item, from: `${SCREENING_FROM} WHERE ${where.join(' AND ')}`, orderBy: `${ordering(query.o, FIELDS, 'p.assigned_at DESC')}, p.id DESC`, params }, at);
}

/** The interviews of the jobs the user may see, in the order of `ids`; those not found are left out. */
export async function recruiterScreenings(pool: pg.Pool, user: AuthUser, appUrl: string, ids: number[]) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT ${screeningJson(params.add(appUrl))} AS s ${SCREENING_FROM} WHERE p.id = ANY(${params.add(ids)}::int[]) AND ${visibleJobs(user, params)}
     ORDER BY array_position(${params.add(ids)}::int[], p.id)`,
    params.values,
  );
  return rows.map((r) => r.s);
}

export async function recruiterScreening(pool: pg.Pool, user: AuthUser, appUrl: string, id: number) {
  const [screening] = await recruiterScreenings(pool, user, appUrl, [id]);
  if (!screening) throw notFound();
  return screening;
}

/**
 * DELETE …/delete-multiple/ {ids}: removes the interviews of the jobs the user may change and
 * queues their recorded answers and unfinished chunked uploads for deletion, in one
 * transaction; returns how many were removed.
 */
export async function deleteScreenings(pool: pg.Pool, queue: PgBoss, user: AuthUser, ids: number[]): Promise<number> {
  assertCanEditJobs(user);
  return withTransaction(pool, async (client) => {
    const params = new SqlParams();
    // Locked in a statement of their own: an answer being saved meanwhile commits first, and the
    // next statement's snapshot sees its recording (one statement would read the older snapshot).
    const { rows: locked } = await client.query<{ id: number }>(
      `SELECT p.id FROM personality_screenings p JOIN jobs j ON j.id = p.job_id
       WHERE p.id = ANY(${params.add(ids)}::int[]) AND ${visibleJobs(user, params)} FOR UPDATE OF p`,
      params.values,
    );
    // The answers and uploads go by cascade at the end of the statement, so the query still reads them.
    const { rows } = await client.query<{ deleted: number; files: (string | null)[] }>(
      `WITH gone AS (DELETE FROM personality_screenings WHERE id = ANY($1::int[]) RETURNING id)
       SELECT (SELECT count(*)::int FROM gone) AS deleted, ARRAY(
         SELECT unnest(ARRAY[a.video_file, a.audio_file]) FROM screening_answers a WHERE a.screening_id IN (SELECT id FROM gone)
         UNION ALL SELECT part->>'key' FROM video_uploads u, jsonb_array_elements(u.parts) part WHERE u.screening_id IN (SELECT id FROM gone)) AS files`,
      [locked.map((r) => r.id)],
    );
    await queueBlobDeletion(client, queue, rows[0].files);
    return rows[0].deleted;
  });
}

/** GET /interview/candidate/{c}/job/{j}/service/{sid}/answers/: every recorded answer, with links to the files. */
export async function listAnswers(pool: pg.Pool, user: AuthUser, candidateId: number, jobId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT json_build_object('id', a.id, 'question', json_build_object('id', q.id, 'text', q.text, 'time_limit', q.time_limit),
       'type', CASE WHEN a.video_file IS NOT NULL THEN 'video' WHEN a.audio_file IS NOT NULL THEN 'audio' ELSE 'text' END,
       'text', a.text, 'duration', a.duration::float,
       'video_file', CASE WHEN a.video_file IS NULL THEN NULL ELSE '/interview/answers/' || a.id || '/video_file/' END,
       'audio_file', CASE WHEN a.audio_file IS NULL THEN NULL ELSE '/interview/answers/' || a.id || '/audio_file/' END,
       'audio_analysis', '[]'::json, 'started', api_ts(a.started), 'submitted_at', api_ts(a.submitted_at)) AS answer
     FROM screening_answers a JOIN screening_questions q ON q.id = a.question_id
     JOIN personality_screenings p ON p.id = a.screening_id JOIN jobs j ON j.id = p.job_id
     WHERE p.candidate_id = ${params.add(candidateId)} AND p.job_id = ${params.add(jobId)} AND ${visibleJobs(user, params)}
     ORDER BY p.id, a.question_id`,
    params.values,
  );
  return { count: rows.length, next: null, previous: null, results: rows.map((r) => r.answer) };
}

/** The blob key of an answer's recording, when the user may see its job. */
export async function answerFileKey(pool: pg.Pool, user: AuthUser, answerId: number, field: 'video_file' | 'audio_file'): Promise<string> {
  const params = new SqlParams();
  const { rows } = await pool.query<{ key: string | null }>(
    `SELECT a.${field} AS key FROM screening_answers a JOIN personality_screenings p ON p.id = a.screening_id JOIN jobs j ON j.id = p.job_id
     WHERE a.id = ${params.add(answerId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]?.key) throw notFound();
  return rows[0].key;
}
