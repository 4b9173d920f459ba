import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { editorViews } from './editor-questions.ts';
import { prebuiltAssessment } from './prebuilt-assessments.ts';
import type { Question } from './questions.ts';

/** The type the web client gives a pre-built assessment; any other is the organisation's own. */
export const PREBUILT_TYPE = 'prebuilt-assessment';

/**
 * GET /test/questions/?test_id=&type=: an assessment's questions as it is now, with the right
 * choices (the editor and the recruiter's report tab read them), for any member of its organisation.
 */
export async function listQuestions(pool: pg.Pool, user: AuthUser, query: { test_id: number; type?: string }) {
  if (query.type === PREBUILT_TYPE) {
    const found = prebuiltAssessment(query.test_id);
    if (!found) throw notFound();
    return editorViews(found.questions, found.id, found.time_duration_in_minutes);
  }
  const { rows } = await pool.query<{ questions: Question[]; minutes: number }>(
    'SELECT questions, time_duration_in_minutes AS minutes FROM assessments WHERE id = $1 AND org_id = $2',
    [query.test_id, user.org_id],
  );
  if (!rows[0]) throw notFound();
  return editorViews(rows[0].questions, query.test_id, rows[0].minutes);
}
