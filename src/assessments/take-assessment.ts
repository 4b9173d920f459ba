// The candidate's side of an assessment, reached anonymously through their link:
// Assigned -> Link Opened -> Started -> Completed or Disqualified. A link past valid_to is 410 Gone.
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { HttpError, invalid, notFound } from '../http/errors.ts';
import { recordProgress } from '../stages/record-progress.ts';
import { REVIEW_STATUSES } from '../stages/stage-names.ts';
import { LOG_MINUTES, LOG_QUESTIONS } from './assessment-json.ts';
import { type Answer, publicQuestions, type Question, scoreAnswers } from './questions.ts';

const STEPS = ['Assigned', 'Link Opened', 'Started'];
const FINAL = ['Completed', 'Disqualified'];

interface LogRow {
  id: number;
  job_id: number;
  candidate_id: number;
  status_text: string;
  valid_from: string;
  valid_to: string;
  open: boolean;
  expired: boolean;
  answers: Answer[];
  /** The questions this log puts to its candidate, with their answers. */
  questions: Question[];
  /** Started longer ago than the assessment's time (and its grace). */
  out_of_time: boolean | null;
}

// Answers are taken for the assessment's time from its start, and a minute more for the last one on its way.
const GRACE_MINUTES = 1;

/**
 * The log's status as its candidate knows it: a recruiter's review (REVIEW_STATUSES, once the log is
 * finished) stays with the recruiter, and the candidate reads how they finished it (unscored when
 * disqualified).
 */
const CANDIDATE_STATUS = `CASE WHEN l.status_text IN (${REVIEW_STATUSES.map((s) => `'${s}'`).join(', ')})
  THEN CASE WHEN l.score IS NULL THEN 'Disqualified' ELSE 'Completed' END ELSE l.status_text END`;

const LOG_STATE = `l.id, l.job_id, l.candidate_id, ${CANDIDATE_STATUS} AS status_text, api_ts(l.valid_from) AS valid_from, api_ts(l.valid_to) AS valid_to,
  l.valid_from <= now() AS open, l.valid_to < now() AS expired, l.answers, ${LOG_QUESTIONS} AS questions,
  now() > l.started_at + make_interval(mins => ${LOG_MINUTES} + ${GRACE_MINUTES}) AS out_of_time`;

/** The log when its link may be used: 404 when missing, 410 when expired and unfinished, 403 before valid_from. */
function openLog<T extends LogRow>(log: T | undefined): T {
  if (!log) throw notFound();
  if (log.expired && !FINAL.includes(log.status_text)) throw new HttpError(410, { detail: 'This assessment link has expired.' });
  if (!log.open) throw new HttpError(403, { detail: `This assessment opens at ${log.valid_from}.` });
  return log;
}

async function lockLog(client: pg.PoolClient, id: number): Promise<LogRow> {
  const { rows } = await client.query<LogRow>(`SELECT ${LOG_STATE} FROM test_logs l JOIN assessments t ON t.id = l.assessment_id WHERE l.id = $1 FOR UPDATE OF l`, [id]);
  return openLog(rows[0]);
}

/** The candidate's view of a test log, built in SQL; the fields the candidate's pages read are named. */
export interface CandidateView {
  /** The link's key: it also names the log's assessment and its proctoring to the candidate (the sequential id stays private). */
  id: string;
  candidate_id: number;
  title: string;
  status_text: string;
  link_opened: boolean;
  started: boolean;
  completed: boolean;
  valid_from: string;
  valid_to: string;
  started_at: string | null;
  completed_at: string | null;
  /** The percentage of choice questions answered right, once completed. */
  score: string | null;
  time_duration_in_minutes: number;
  randomize_question: boolean;
  /** How many questions the log puts to the candidate. */
  question_count: number;
  answers: Answer[];
  [field: string]: unknown;
}

/**
 * GET /test/testlog/{key}/ for the candidate: the questions without their answers. The web client
 * reads `started` to leave the instructions, `proctoring` as the key of PUT /test/proctoring/, and
 * `job` as an id. Assessments are named by the link's key, never by their own ids.
 */
export async function candidateTestLog(pool: pg.Pool, id: number): Promise<CandidateView & { questions: ReturnType<typeof publicQuestions> }> {
  const { rows } = await pool.query<LogRow & { log: CandidateView }>(
    `SELECT ${LOG_STATE}, json_build_object('id', l.access_key, 'candidate_id', l.candidate_id, 'status_text', ${CANDIDATE_STATUS}, 'completed', l.completed,
       'score', l.score::text,
       'link_opened', l.status_text <> 'Assigned', 'started', l.status_text NOT IN ('Assigned', 'Link Opened'), 'proctoring', l.access_key,
       'valid_from', api_ts(l.valid_from), 'valid_to', api_ts(l.valid_to), 'started_at', api_ts(l.started_at),
       'completed_at', api_ts(l.completed_at), 'title', t.title, 'time_duration_in_minutes', ${LOG_MINUTES},
       'randomize_question', l.preferences->'randomize_question' = 'true'::jsonb,
       'test', json_build_array(json_build_object('id', l.access_key, 'title', t.title)), 'prebuilt_assessment', '[]'::json,
       'assigned_to', json_build_object('name', c.name), 'job', j.id, 'job_title', j.title,
       'answers', l.answers, 'fullscreen_exit_count', l.fullscreen_exit_count, 'tab_switch_count', l.tab_switch_count) AS log
     FROM test_logs l JOIN assessments t ON t.id = l.assessment_id JOIN candidates c ON c.id = l.candidate_id JOIN jobs j ON j.id = l.job_id
     WHERE l.id = $1`,
    [id],
  );
  const { log, questions } = openLog(rows[0]);
  return { ...log, question_count: questions.length, questions: publicQuestions(questions) };
}

/** A choice named by its id, or by its place among the question's choices (1 first), as the web client's page numbers them. */
export type GivenChoice = string | { position: number };

export interface GivenAnswer {
  question_id: string;
  choices?: GivenChoice[];
  text?: string;
}

export interface CandidateChange {
  status_text?: string;
  answers?: GivenAnswer[];
  fullscreen_exit_count?: number;
  tab_switch_count?: number;
}

/** The choices' ids, each once; a 400 on `choices` for one the question lacks, any on a text question, or two on a single-choice one. */
function choiceIds(question: Question, given: GivenChoice[]): string[] {
  const ids = new Set(
    given.map((choice) => {
      const id = typeof choice === 'string' ? question.choices.find((c) => c.id === choice)?.id : question.choices[choice.position - 1]?.id;
      if (id === undefined) throw invalid({ choices: `Question "${question.id}" has no choice ${typeof choice === 'string' ? `"${choice}"` : choice.position}.` });
      return id;
    }),
  );
  if (question.type === 'single' && ids.size > 1) throw invalid({ choices: `Question "${question.id}" takes one choice.` });
  return [...ids];
}

function mergeAnswers(saved: Answer[], given: GivenAnswer[], questions: Question[]): Answer[] {
  const shown = new Map(questions.map((q) => [q.id, q]));
  const merged = new Map(saved.map((a) => [String(a.question_id), a]));
  for (const a of given) {
    const question = shown.get(a.question_id);
    if (!question) throw invalid({ answers: `No question "${a.question_id}" in this assessment.` });
    merged.set(a.question_id, { question_id: a.question_id, choices: choiceIds(question, a.choices ?? []), text: a.text ?? '' });
  }
  return [...merged.values()];
}

/** PATCH /test/testlog/{id}/, POST /test/answers/ and PUT /test/proctoring/{id}/ from the candidate's page. Whether it changed the log. */
export async function updateCandidateTestLog(pool: pg.Pool, id: number, change: CandidateChange): Promise<boolean> {
  return withTransaction(pool, async (client) => {
    const log = await lockLog(client, id);
    if (FINAL.includes(log.status_text)) {
      // The web client confirms a finish it has already sent: the same final status again changes nothing.
      if (change.status_text === log.status_text && !change.answers?.length) return false;
      throw new HttpError(409, { detail: `This assessment is already ${log.status_text.toLowerCase()}.` });
    }
    const target = change.status_text ?? log.status_text;
    const from = STEPS.indexOf(log.status_text);
    if (!FINAL.includes(target) && STEPS.indexOf(target) < 0) {
      throw invalid({ status_text: 'Must be Link Opened, Started, Completed or Disqualified.' });
    }
    if (!FINAL.includes(target) && STEPS.indexOf(target) < from) throw invalid({ status_text: `Cannot go back from ${log.status_text} to ${target}.` });
    if (target === 'Completed' && log.status_text !== 'Started') throw invalid({ status_text: 'Start the assessment before completing it.' });
    if (change.answers?.length && target !== 'Started' && target !== 'Completed') throw invalid({ answers: 'Answers are taken once the assessment has started.' });
    if (change.answers?.length && log.out_of_time) throw invalid({ answers: "The assessment's time is over: finish it with the answers given." });
    const answers = change.answers ? mergeAnswers(log.answers, change.answers, log.questions) : log.answers;
    const finished = FINAL.includes(target);
    const score = target === 'Completed' ? scoreAnswers(log.questions, answers) : null;
    await client.query(
      `UPDATE test_logs SET status_text = $2, answers = $3,
         link_opened_at = CASE WHEN $2 <> 'Assigned' THEN coalesce(link_opened_at, now()) END,
         started_at = CASE WHEN $2 IN ('Started', 'Completed', 'Disqualified') THEN coalesce(started_at, now()) END,
         completed = $4, completed_at = CASE WHEN $4 THEN now() END, score = coalesce($5, score),
         fullscreen_exit_count = greatest(fullscreen_exit_count, coalesce($6, 0)),
         tab_switch_count = greatest(tab_switch_count, coalesce($7, 0)), updated_at = now()
       WHERE id = $1`,
      [id, target, JSON.stringify(answers), finished, score, change.fullscreen_exit_count ?? null, change.tab_switch_count ?? null],
    );
    if (finished) {
      await recordProgress(client, {
        candidateId: log.candidate_id,
        jobId: log.job_id,
        stage: 'assessment',
        action: 'complete',
        actorId: null,
        statusText: target,
        details: { test_log: id, ...(score === null ? {} : { score }) },
      });
    }
    return true;
  });
}

/**
 * Proctoring disqualifies at the third fullscreen exit or tab switch. The client states no number: its
 * page warns at each one ("may lead to disqualification") and its message says "repeated", so two
 * are warned and counted.
 */
const PROCTORING_LIMIT = 3;
const PROCTORING_MESSAGES = {
  fullscreen_exit_count: 'The test has been submitted due to repeated fullscreen exits, which is against the test rules.',
  tab_switch_count: 'The test has been submitted due to repeated tab switching, which is against the test rules.',
} as const;

/** PUT /test/proctoring/{id}/: keeps the counters; at the limit finishes the log as Disqualified and says why. */
export async function recordProctoring(pool: pg.Pool, id: number, counters: Pick<CandidateChange, 'fullscreen_exit_count' | 'tab_switch_count'>): Promise<string | undefined> {
  const broken = (['fullscreen_exit_count', 'tab_switch_count'] as const).find((counter) => (counters[counter] ?? 0) >= PROCTORING_LIMIT);
  await updateCandidateTestLog(pool, id, broken ? { ...counters, status_text: 'Disqualified' } : counters);
  return broken && PROCTORING_MESSAGES[broken];
}
