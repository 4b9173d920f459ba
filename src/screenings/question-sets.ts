// Question sets and their questions for automated video interviews.
import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams, setClause } from '../http/sql.ts';

const SET_JSON = `json_build_object('id', qs.id, 'name', qs.name, 'created_by', qs.created_by,
  'question_count', (SELECT count(*) FROM screening_questions q WHERE q.question_set_id = qs.id AND NOT q.is_deleted),
  'created_at', api_ts(qs.created_at))`;
const QUESTION_JSON = `json_build_object('id', q.id, 'question_set', q.question_set_id, 'text', q.text,
  'time_limit', q.time_limit, 'type', q.type, 'is_deleted', q.is_deleted, 'created_at', api_ts(q.created_at))`;

/** How a question is answered: on video in an automated video interview, in text or audio on the apply page. */
export const ANSWER_TYPES = ['video', 'text', 'audio'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export async function listQuestionSets(pool: pg.Pool, user: AuthUser, at: PageRequest) {
  const params = new SqlParams();
  return fetchPage(pool, { item: SET_JSON, from: `FROM question_sets qs WHERE qs.org_id = ${params.add(user.org_id)}`, orderBy: 'qs.id DESC', params }, at);
}

export async function createQuestionSet(pool: pg.Pool, user: AuthUser, name: string) {
  assertCanEditJobs(user);
  const { rows } = await pool.query(
    `WITH qs AS (INSERT INTO question_sets (org_id, name, created_by) VALUES ($1, $2, $3) RETURNING *) SELECT ${SET_JSON} AS s FROM qs`,
    [user.org_id, name, user.id],
  );
  return rows[0].s;
}

async function questionSetInOrg(db: pg.Pool | pg.PoolClient, user: AuthUser, setId: number): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM question_sets WHERE id = $1 AND org_id = $2', [setId, user.org_id]);
  return Boolean(rowCount);
}

/** A 400 on question_set unless a body's question_set is one of the user's organisation. */
export async function assertQuestionSetField(db: pg.Pool | pg.PoolClient, user: AuthUser, setId: number): Promise<void> {
  if (!(await questionSetInOrg(db, user, setId))) throw invalid({ question_set: 'No such question set in your organisation.' });
}

async function assertSetInOrg(pool: pg.Pool, user: AuthUser, setId: number): Promise<void> {
  if (!(await questionSetInOrg(pool, user, setId))) throw notFound();
}

export async function listQuestions(pool: pg.Pool, user: AuthUser, setId: number, at: PageRequest) {
  await assertSetInOrg(pool, user, setId);
  const params = new SqlParams();
  return fetchPage(pool, { item: QUESTION_JSON, from: `FROM screening_questions q WHERE q.question_set_id = ${params.add(setId)} AND NOT q.is_deleted`, orderBy: 'q.id', params }, at);
}

export async function createQuestion(pool: pg.Pool, user: AuthUser, body: { question_set: number; text: string; time_limit?: number; type?: AnswerType }) {
  assertCanEditJobs(user);
  await assertSetInOrg(pool, user, body.question_set);
  const { rows } = await pool.query(
    `WITH q AS (INSERT INTO screening_questions (question_set_id, text, time_limit, type) VALUES ($1, $2, $3, $4) RETURNING *) SELECT ${QUESTION_JSON} AS q FROM q`,
    [body.question_set, body.text, body.time_limit ?? 120, body.type ?? 'video'],
  );
  return rows[0].q;
}

/** The organisation's questions with these ids, as the API shows them, by id; an id not among them -> 400 on `field`. */
export async function questionsByIds(pool: pg.Pool, user: AuthUser, ids: number[], field: string): Promise<Map<number, object>> {
  const { rows } = await pool.query<{ id: number; q: object }>(
    `SELECT q.id, ${QUESTION_JSON} AS q FROM screening_questions q JOIN question_sets qs ON qs.id = q.question_set_id
     WHERE q.id = ANY($1) AND qs.org_id = $2 AND NOT q.is_deleted`,
    [ids, user.org_id],
  );
  const found = new Map(rows.map((r) => [r.id, r.q]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalid({ [field]: `No such question in your organisation: ${missing.join(', ')}.` });
  return found;
}

/** PATCH /interview/questions/{id}/ ({is_deleted: true} is how the client removes one; a removed one is not found). */
export async function updateQuestion(pool: pg.Pool, user: AuthUser, id: number, body: { text?: string; time_limit?: number; type?: AnswerType; is_deleted?: boolean }) {
  assertCanEditJobs(user);
  const params = new SqlParams();
  // Only these columns, whatever else the body holds: column names never come from a request.
  const values: Record<string, unknown> = { updated_at: new Date() };
  if (body.text !== undefined) values.text = body.text;
  if (body.time_limit !== undefined) values.time_limit = body.time_limit;
  if (body.type !== undefined) values.type = body.type;
  if (body.is_deleted !== undefined) values.is_deleted = body.is_deleted;
  const { rows } = await pool.query(
    `WITH q AS (UPDATE screening_questions SET ${setClause(values, params)}
       WHERE id = ${params.add(id)} AND NOT is_deleted AND question_set_id IN (SELECT id FROM question_sets WHERE org_id = ${params.add(user.org_id)})
       RETURNING *)
     SELECT ${QUESTION_JSON} AS q FROM q`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].q;
}

/** DELETE /interview/questions/{id}: a soft delete, so past answers keep their question. */
export async function deleteQuestion(pool: pg.Pool, user: AuthUser, id: number): Promise<void> {
  await updateQuestion(pool, user, id, { is_deleted: true });
}
