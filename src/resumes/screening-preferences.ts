import type pg from 'pg';
import { assertCanEditCandidates } from '../access/candidates.ts';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { excludedClause, insertClause, SqlParams, setClause } from '../http/sql.ts';
import { visibleJobOwner } from '../jobs/get-job.ts';
import { assertQuestionSetField, questionsByIds } from '../screenings/question-sets.ts';

// A job's resume screening preferences (one row per job, made with the job), as
// /resume_parser/resume-screening-preferences/ shows and changes them.

const PREFERENCE_JSON = `json_build_object('id', p.id, 'job', p.job_id, 'max_retries', p.max_retries,
  'max_resume_size', p.max_resume_size, 'max_applicants', p.max_applicants,
  'shortlist_threshold', p.shortlist_threshold::text, 'location_to_exclude', p.location_to_exclude,
  'include_github', p.include_github, 'include_linkedin', p.include_linkedin, 'include_questions', p.include_questions,
  'include_notice_period', p.include_notice_period, 'include_current_ctc', p.include_current_ctc,
  'include_expected_ctc', p.include_expected_ctc, 'include_relevant_experience', p.include_relevant_experience,
  'include_profile_pic', p.include_profile_pic, 'include_intro_video', p.include_intro_video,
  'include_personal_website', p.include_personal_website, 'last_increment', p.last_increment, 'currency', p.currency, 'question_set', p.question_set, 'questions', p.questions,
  'random_questions', p.random_questions, 'random_questions_count', p.random_questions_count,
  'created_at', api_ts(p.created_at), 'updated_at', api_ts(p.updated_at))`;

const PREFERENCE_COLUMNS = [
  'max_retries', 'max_resume_size', 'max_applicants', 'shortlist_threshold', 'location_to_exclude',
  'include_github', 'include_linkedin', 'include_questions', 'include_notice_period', 'include_current_ctc',
  'include_expected_ctc', 'include_relevant_experience', 'include_profile_pic', 'include_intro_video',
  'include_personal_website', 'last_increment', 'currency', 'question_set', 'questions', 'random_questions', 'random_questions_count',
] as const;

export type PreferenceFields = Partial<Record<(typeof PREFERENCE_COLUMNS)[number], unknown>> & { job?: number; job_id?: number };

/**
 * GET ?job_id=: public for the apply page (a published job's preferences); a signed-in user
 * lists the preferences of the jobs they may see.
 */
export async function listScreeningPreferences(pool: pg.Pool, user: AuthUser | null, jobId: number | undefined, at: PageRequest) {
  if (!user && jobId === undefined) throw invalid({ job_id: 'This field is required.' });
  const params = new SqlParams();
  const where = [user ? visibleJobs(user, params) : 'j.published AND NOT j.is_deleted'];
  if (jobId !== undefined) where.push(`j.id = ${params.add(jobId)}`);
  return fetchPage(pool, {
    item: PREFERENCE_JSON,
    from: `FROM screening_preferences p JOIN jobs j ON j.id = p.job_id WHERE ${where.join(' AND ')}`,
    orderBy: 'p.id',
    params,
  }, at);
}

/**
 * The fields as stored: the question set checked to be the organisation's, questions sent by id
 * (as the job form sends them) replaced by the organisation's questions, and a currency sent as the
 * client's select option ({value, label}) by its code.
 */
async function storedFields(pool: pg.Pool, user: AuthUser, fields: PreferenceFields): Promise<PreferenceFields> {
  if (typeof fields.question_set === 'number') await assertQuestionSetField(pool, user, fields.question_set);
  const { questions, currency } = fields;
  const ids = Array.isArray(questions) ? questions.filter((q): q is number => typeof q === 'number') : [];
  const byId = ids.length ? await questionsByIds(pool, user, ids, 'questions') : null;
  return {
    ...fields,
    ...(byId && Array.isArray(questions) ? { questions: questions.map((q) => (typeof q === 'number' ? byId.get(q) : q)) } : {}),
    ...(currency && typeof currency === 'object' ? { currency: (currency as { value: string }).value } : {}),
  };
}

function columns(fields: PreferenceFields): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of PREFERENCE_COLUMNS) {
    if (fields[column] === undefined) continue;
    const value = fields[column];
    values[column] = column === 'location_to_exclude' || column === 'questions' ? JSON.stringify(value ?? []) : value;
  }
  return values;
}

/** PATCH /resume_parser/resume-screening-preferences/{id}/: Admin and Editor, on the jobs they may see; 404 otherwise. */
export async function updateScreeningPreferences(pool: pg.Pool, user: AuthUser, id: number, fields: PreferenceFields) {
  assertCanEditCandidates(user);
  const params = new SqlParams();
  const set = setClause({ ...columns(await storedFields(pool, user, fields)), updated_at: new Date() }, params);
  const { rows } = await pool.query(
    `UPDATE screening_preferences p SET ${set} FROM jobs j
     WHERE p.id = ${params.add(id)} AND j.id = p.job_id AND ${visibleJobs(user, params)} RETURNING ${PREFERENCE_JSON} AS preference`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0].preference;
}

/** POST: creates the preferences of `job`, or updates them when the job has its row already. */
export async function saveScreeningPreferences(pool: pg.Pool, user: AuthUser, fields: PreferenceFields) {
  assertCanEditCandidates(user);
  const jobId = fields.job ?? fields.job_id;
  if (jobId === undefined) throw invalid({ job: 'This field is required.' });
  await visibleJobOwner(pool, user, jobId);
  const values = { ...columns(await storedFields(pool, user, fields)), job_id: jobId };
  const upsert = new SqlParams();
  const set = [excludedClause(Object.keys(values)), 'updated_at = now()'].filter(Boolean).join(', ');
  const { rows } = await pool.query(
    `INSERT INTO screening_preferences AS p ${insertClause(values, upsert)} ON CONFLICT (job_id) DO UPDATE SET ${set} RETURNING ${PREFERENCE_JSON} AS preference`,
    upsert.values,
  );
  return rows[0].preference;
}
