// What the web client's test page reads about the candidate's own test log, each named by the
// link's key: Shortlist keeps one assessment per log, where the page expects a group of them, so
// each answer below speaks of that one assessment.
import type pg from 'pg';
import { clientQuestions } from './log-questions.ts';
import { type CandidateView, candidateTestLog, updateCandidateTestLog } from './take-assessment.ts';

/** The type the web client gives an organisation's own assessment. */
export const TEST_TYPE = 'user-owned-assessment';

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

/** The result as the page posts and reads it; the score counts the choice questions put to the candidate. */
const resultOf = (log: CandidateView) => ({
  candidate_id: log.candidate_id,
  test_log_id: log.id,
  test_id: log.id,
  status_text: log.status_text,
  completed: log.completed,
  started_at: log.started_at,
  completed_at: log.completed_at,
  score: log.score,
});

/** GET /test/result/?test_log_id={key}. */
export async function testResult(pool: pg.Pool, id: number) {
  return resultOf(await candidateTestLog(pool, id));
}

/** POST /test/result/, the page's last call: completes and scores the log, unless it is finished already. Whether it did. */
export async function finishTestLog(pool: pg.Pool, id: number) {
  const before = await candidateTestLog(pool, id);
  // Decided under the log's lock: of two finishes at the same moment, the second changes nothing.
  const finishedNow = !before.completed && (await updateCandidateTestLog(pool, id, { status_text: 'Completed' }));
  return { finishedNow, result: before.completed ? resultOf(before) : await testResult(pool, id) };
}
