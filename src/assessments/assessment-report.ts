// What the recruiter's Assessment report tab reads about one test log, named by its id: the
// candidate's test page reads the same addresses by the link's key (candidate-test-page.ts). The
// tab expects a group of assessments per log and finds each by its `test` (the assessment's id);
// Shortlist keeps one per log, so each answer below lists that one.
import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { TEST_TYPE } from './candidate-test-page.ts';
import { type RecruiterTestLog, recruiterTestLogWithQuestions } from './list-test-logs.ts';
import { type Answer, answeredRight, type Question } from './questions.ts';

/** Each answer with what the tab shows: its question, the choices picked as `{id, value}` (numbered as the page showed them) and whether it is right (null for free text). */
function markedAnswers(questions: Question[], answers: Answer[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return answers.map((a) => {
    const question = byId.get(String(a.question_id));
    const choices = a.choices ?? [];
    const shown = question?.choices.map((c, index) => ({ id: index + 1, value: c.text })) ?? [];
    return {
      ...a,
      question: a.question_id,
      selected_choice: shown.filter((_, index) => question && choices.includes(question.choices[index].id)),
      correct: question && question.type !== 'text' ? answeredRight(question, choices) : null,
    };
  });
}

/** Minutes from start to finish, as the tab shows the time taken; null until finished. */
function minutesTaken(log: RecruiterTestLog): number | null {
  if (!log.started_at || !log.completed_at) return null;
  return Math.round((Date.parse(log.completed_at) - Date.parse(log.started_at)) / 600) / 100;
}

/** GET /test/result/?test_log_id={id}: the log's result per assessment, with the right answers counted. */
export async function reportResults(pool: pg.Pool, user: AuthUser, id: number) {
  const { log, questions } = await recruiterTestLogWithQuestions(pool, user, id);
  return [
    {
      id: log.id,
      test_log_id: log.id,
      test: log.assessment,
      prebuilt_assessment: null,
      candidate_id: log.candidate,
      status_text: log.status_text,
      completed: log.completed,
      started_at: log.started_at,
      completed_at: log.completed_at,
      score: log.result?.score ?? null,
      correct_answer_count: markedAnswers(questions, log.answers).filter((a) => a.correct).length,
      total_question: questions.length,
    },
  ];
}

/** GET /test/test-status/?test_log={id}: the log's assessments with their state and the time taken (`duration`, minutes). */
export async function reportTestStatus(pool: pg.Pool, user: AuthUser, id: number) {
  const { log, questions } = await recruiterTestLogWithQuestions(pool, user, id);
  const state = { link_opened: log.link_opened, started: log.started, completed: log.completed, status_text: log.status_text, valid_from: log.valid_from, valid_to: log.valid_to };
  return [
    {
      id: log.id,
      test: log.assessment,
      prebuilt_assessment: null,
      test_type: TEST_TYPE,
      question_count: questions.length,
      randomize_question: log.preferences.randomize_question === true,
      duration: minutesTaken(log),
      ...state,
      test_log: { id: log.id, ...state },
    },
  ];
}

/** GET /test/answers/?test_log_id={id}: the answers given, marked, as one page. */
export async function reportAnswers(pool: pg.Pool, user: AuthUser, id: number) {
  const { log, questions } = await recruiterTestLogWithQuestions(pool, user, id);
  const results = markedAnswers(questions, log.answers);
  return { count: results.length, next: null, previous: null, results };
}
