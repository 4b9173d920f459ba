// Pre-built assessments: a small library that ships with Shortlist (prebuilt-library.json), which
// every organisation may read and share; its questions and answers are as public as the
// repository. Sharing one copies it into the organisation's own assessments, once, so that its
// test logs belong to the organisation as any other's; the copy can then be edited and shared as
// the organisation's own, while sharing the pre-built one gives the library's questions.
import type pg from 'pg';
import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { withEditorFields } from './editor-questions.ts';
import library from './prebuilt-library.json' with { type: 'json' };
import { type Question, validateQuestions } from './questions.ts';

export interface PrebuiltAssessment {
  id: number;
  title: string;
  description: string;
  time_duration_in_minutes: number;
  pass_score: number;
  questions: Question[];
}

// Checked as any assessment's questions are: a mistake in the file stops start-up, not a candidate.
const PREBUILT: PrebuiltAssessment[] = library.map((a) => ({ ...a, questions: validateQuestions(a.questions) }));

/** As the assign dialog reads one: always published, since the library is fixed. */
const view = (a: PrebuiltAssessment) => ({ ...withEditorFields(a), pass_score: a.pass_score.toFixed(2), is_published: true, question_count: a.questions.length });

/** GET /test/prebuilt-assessment-list/?title=&is_published=: the library, as one page. */
export function listPrebuilt(query: { title?: string; is_published?: boolean }) {
  const title = query.title?.trim().toLowerCase() ?? '';
  const results = query.is_published === false ? [] : PREBUILT.filter((a) => a.title.toLowerCase().includes(title)).map(view);
  return { count: results.length, next: null, previous: null, results };
}

/** A pre-built assessment by its id; undefined for one not in the library. */
export const prebuiltAssessment = (id: number): PrebuiltAssessment | undefined => PREBUILT.find((a) => a.id === id);

/** GET /test/prebuiltassessments/{id}/. */
export function getPrebuilt(id: number) {
  const found = prebuiltAssessment(id);
  if (!found) throw notFound();
  return view(found);
}

/** PATCH and POST /test/prebuiltassessments/: the library is not changed through the API. */
export function refuseLibraryChange(): never {
  throw new HttpError(403, { detail: "Pre-built assessments ship with Shortlist. Share one to copy it into your organisation's assessments, then edit the copy." });
}

/**
 * The organisation's copy of a pre-built assessment, made the first time it is shared (its logs
 * draw from the library's own questions; the copy is the organisation's to edit).
 */
export async function adoptPrebuilt(client: pg.PoolClient, user: AuthUser, found: PrebuiltAssessment): Promise<number> {
  assertCanEditJobs(user);
  const copied = await client.query<{ id: number }>(
    `WITH copy AS (
       INSERT INTO assessments (org_id, library_id, title, description, time_duration_in_minutes, pass_score, questions, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (org_id, library_id) DO NOTHING RETURNING id)
     SELECT id FROM copy UNION ALL SELECT id FROM assessments WHERE org_id = $1 AND library_id = $2`,
    [user.org_id, found.id, found.title, found.description, found.time_duration_in_minutes, found.pass_score, JSON.stringify(found.questions), user.id],
  );
  if (copied.rows[0]) return copied.rows[0].id;
  // A share running at the same moment made the copy after this statement's snapshot: read it now.
  const { rows } = await client.query<{ id: number }>('SELECT id FROM assessments WHERE org_id = $1 AND library_id = $2', [user.org_id, found.id]);
  return rows[0].id;
}
