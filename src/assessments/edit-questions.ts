// The question editor adds, changes and removes one question at a time (/test/questions/); each
// lands in its assessment's list of questions, which the assessment's own endpoints and the next
// share read. Logs already shared keep the questions they were given (log-questions.ts).
import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { type EditorQuestion, editorView, fromEditor, toEditor } from './editor-questions.ts';
import { refuseLibraryChange } from './prebuilt-assessments.ts';
import { type Question, validateQuestions } from './questions.ts';

interface Located {
  id: number;
  questions: Question[];
  minutes: number;
}

/** Which assessment a change is for: the editor names it in `test_id`, or `prebuilt_assessment_id` for the library's. */
export interface Target {
  test_id?: number | null;
  prebuilt_assessment_id?: number | null;
}

const refuseLibrary = (target: Target) => {
  if (target.prebuilt_assessment_id && !target.test_id) refuseLibraryChange();
};

/** The organisation's assessment holding question `questionId` (in `test_id` when named), locked for the change. */
async function locate(client: pg.PoolClient, user: AuthUser, questionId: string, testId?: number | null): Promise<Located> {
  const { rows } = await client.query<Located>(
    `SELECT id, questions, time_duration_in_minutes AS minutes FROM assessments
      WHERE org_id = $1 AND questions @> jsonb_build_array(jsonb_build_object('id', $2::text)) AND ($3::int IS NULL OR id = $3)
      ORDER BY id FOR UPDATE`,
    [user.org_id, questionId, testId ?? null],
  );
  if (!rows.length) throw notFound();
  if (rows.length > 1) throw invalid({ test_id: `Question "${questionId}" is in more than one assessment: name its assessment.` });
  return rows[0];
}

async function save(client: pg.PoolClient, id: number, questions: Question[]) {
  await client.query('UPDATE assessments SET questions = $1, updated_at = now() WHERE id = $2', [JSON.stringify(validateQuestions(questions)), id]);
}

/** An id for a new question: its assessment's id and a number, unused in it (an id reaches its question in the organisation). */
function newQuestionId(assessment: Located): string {
  const used = new Set(assessment.questions.map((q) => q.id));
  let n = assessment.questions.length + 1;
  while (used.has(`${assessment.id}-${n}`)) n++;
  return `${assessment.id}-${n}`;
}

/** POST /test/questions/: a question added at the end of its assessment. */
export async function createQuestion(pool: pg.Pool, user: AuthUser, body: EditorQuestion & Target) {
  assertCanEditJobs(user);
  refuseLibrary(body);
  if (!body.test_id) throw invalid({ test_id: 'This field is required.' });
  const testId = body.test_id;
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<Located>(
      'SELECT id, questions, time_duration_in_minutes AS minutes FROM assessments WHERE id = $1 AND org_id = $2 FOR UPDATE',
      [testId, user.org_id],
    );
    if (!rows[0]) throw notFound();
    const question = fromEditor(body, newQuestionId(rows[0]));
    const questions = [...rows[0].questions, question];
    await save(client, testId, questions);
    return editorView(question, testId, rows[0].minutes, questions.length);
  });
}

/** PATCH /test/questions/{id}/: the fields given change, the rest stay; `is_deleted: true` removes it, as the editor asks. */
export async function updateQuestion(pool: pg.Pool, user: AuthUser, questionId: string, body: EditorQuestion & Target & { is_deleted?: boolean }) {
  assertCanEditJobs(user);
  refuseLibrary(body);
  return withTransaction(pool, async (client) => {
    const assessment = await locate(client, user, questionId, body.test_id);
    const index = assessment.questions.findIndex((q) => q.id === questionId);
    const before = assessment.questions[index];
    if (body.is_deleted) {
      const questions = assessment.questions.filter((_, i) => i !== index);
      await save(client, assessment.id, questions);
      return { ...editorView(before, assessment.id, assessment.minutes, assessment.questions.length), is_deleted: true };
    }
    const changed = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const question = fromEditor({ ...toEditor(before), ...changed } as EditorQuestion, questionId);
    const questions = assessment.questions.map((q, i) => (i === index ? question : q));
    await save(client, assessment.id, questions);
    return { ...editorView(question, assessment.id, assessment.minutes, questions.length), is_deleted: false };
  });
}

/** DELETE /test/questions/{id}/. */
export async function removeQuestion(pool: pg.Pool, user: AuthUser, questionId: string, target: Target) {
  assertCanEditJobs(user);
  refuseLibrary(target);
  await withTransaction(pool, async (client) => {
    const assessment = await locate(client, user, questionId, target.test_id);
    await save(client, assessment.id, assessment.questions.filter((q) => q.id !== questionId));
  });
}
