// What the web client's test page reads about the candidate's own test log, each named by the
// link's key: Shortlist keeps one assessment per log, where the page expects a group of them, so
// each answer below speaks of that one assessment.
import type pg from 'pg';
import { clientQuestions } from './log-questions.ts';
import { candidateTestLog, updateCandidateTestLog } from './take-assessment.ts';

const TEST_TYPE = 'user-owned-assessment';

/**
 * GET /test/test-status/?test_log={key}: the log's assessments with their state, as a list (the
 * page looks its assessment up in it); each also carries the log's own state under `test_log`.
 */
export async function testStatus(pool: pg.Pool, id: number) {
  const log = await candidateTestLog(pool, id);
  const key = log.id;
  const state = { link_opened: log.link_opened, started: log.started, completed: log.completed, status_text: log.status_text, valid_from: log.valid_from, valid_to: log.valid_to };
  return [
    {
      id: log.id,
      test: key,
      prebuilt_assessment: null,
      test_type: TEST_TYPE,
      question_count: log.question_count,
      randomize_question: log.randomize_question,
      ...state,
      test_log: { id: key, ...state },
    },
  ];
}

/** GET /test/tests/{key}/ for the candidate: the assessment's title and time, without its questions. */
export async function candidateAssessment(pool: pg.Pool, id: number) {
  const log = await candidateTestLog(pool, id);
  return { id: log.id, title: log.title, time_duration_in_minutes: log.time_duration_in_minutes };
}

/** GET /test/assessment-questions/?test_id={key}: the questions the log puts to its candidate, in the page's shape. */
export async function assessmentQuestions(pool: pg.Pool, id: number) {
  const log = await candidateTestLog(pool, id);
  return { questions: clientQuestions(log.questions, log.time_duration_in_minutes) };
}

/** GET /test/answers/?test_log_id={key}: the answers given so far (the page takes any as a reload). */
export async function candidateAnswers(pool: pg.Pool, id: number) {
  const log = await candidateTestLog(pool, id);
  return { results: log.answers };
}

/** GET /test/result/?test_log_id={key}: the log's result; the score counts the choice questions put to the candidate. */
export async function testResult(pool: pg.Pool, id: number) {
  await candidateTestLog(pool, id); // 410 or 403 as every page of an expired or unopened link
  return resultOf(pool, id);
}

/** POST /test/result/, the page's last call: completes and scores the log, unless it is finished already. Whether it did. */
export async function finishTestLog(pool: pg.Pool, id: number): Promise<{ finishedNow: boolean; result: Record<string, unknown> }> {
  const before = await candidateTestLog(pool, id);
  // Decided under the log's lock: of two finishes at the same moment, the second changes nothing.
  const finishedNow = !before.completed && (await updateCandidateTestLog(pool, id, { status_text: 'Completed' }));
  return { finishedNow, result: await resultOf(pool, id) };
}

async function resultOf(pool: pg.Pool, id: number): Promise<Record<string, unknown>> {
  const { rows } = await pool.query(
    `SELECT l.candidate_id, l.access_key AS test_log_id, l.access_key AS test_id, l.status_text, l.completed,
       api_ts(l.started_at) AS started_at, api_ts(l.completed_at) AS completed_at, l.score::text AS score
     FROM test_logs l WHERE l.id = $1`,
    [id],
  );
  return rows[0];
}
