import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { type FilterFields, filterConditions } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { insertClause, SqlParams, setClause } from '../http/sql.ts';
import { ASSESSMENT_JSON } from './assessment-json.ts';
import { withEditorFields } from './editor-questions.ts';
import { validateQuestions } from './questions.ts';

const ASSESSMENT_FILTERS: FilterFields = {
  title: { sql: 't.title', type: 'text' },
  is_published: { sql: 't.is_published', type: 'boolean' },
};

export interface AssessmentBody {
  title?: string;
  description?: string | null;
  time_duration_in_minutes?: number;
  pass_score?: number;
  questions?: unknown;
  is_published?: boolean;
}

function columns(body: AssessmentBody): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (body.title !== undefined) {
    if (!body.title.trim()) throw invalid({ title: 'This field may not be blank.' });
    values.title = body.title.trim();
  }
  if (body.description !== undefined) values.description = body.description ?? '';
  if (body.time_duration_in_minutes !== undefined) values.time_duration_in_minutes = body.time_duration_in_minutes;
  if (body.pass_score !== undefined) values.pass_score = body.pass_score;
  if (body.questions !== undefined) values.questions = JSON.stringify(validateQuestions(body.questions));
  if (body.is_published !== undefined) values.is_published = body.is_published;
  return values;
}

/** POST /test/tests/. */
export async function createAssessment(pool: pg.Pool, user: AuthUser, body: AssessmentBody & { title: string }): Promise<number> {
  assertCanEditJobs(user);
  const values = { ...columns(body), org_id: user.org_id, created_by: user.id };
  const params = new SqlParams();
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO assessments ${insertClause(values, params)} RETURNING id`,
    params.values,
  );
  return rows[0].id;
}

/** PATCH /test/tests/{id}/. */
export async function updateAssessment(pool: pg.Pool, user: AuthUser, id: number, body: AssessmentBody): Promise<void> {
  assertCanEditJobs(user);
  const params = new SqlParams();
  const { rowCount } = await pool.query(
    `UPDATE assessments SET ${setClause({ ...columns(body), updated_at: new Date() }, params)} WHERE id = ${params.add(id)} AND org_id = ${params.add(user.org_id)}`,
    params.values,
  );
  if (!rowCount) throw notFound();
}

export async function getAssessment(pool: pg.Pool, user: AuthUser, id: number) {
  const { rows } = await pool.query(`SELECT ${ASSESSMENT_JSON} AS a FROM assessments t WHERE t.id = $1 AND t.org_id = $2`, [id, user.org_id]);
  if (!rows[0]) throw notFound();
  return withEditorFields(rows[0].a);
}


/** GET /test/list/?title=&is_published= and /test/tests/. */
export async function listAssessments(pool: pg.Pool, user: AuthUser, query: { title?: string; is_published?: boolean }, at: PageRequest) {
  const params = new SqlParams();
  const where = [`t.org_id = ${params.add(user.org_id)}`, ...filterConditions({ title__icontains: query.title || undefined, is_published: query.is_published }, ASSESSMENT_FILTERS, params)];
  return fetchPage(pool, { item: ASSESSMENT_JSON, from: `FROM assessments t WHERE ${where.join(' AND ')}`, orderBy: 't.id DESC', params }, at);
}
