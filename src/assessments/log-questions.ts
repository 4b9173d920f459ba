// The questions one test log puts to its candidate: drawn when the assessment is shared (shuffled
// and cut to a number when the recruiter asks) and kept with the log, so that a reload, or an edit
// of the assessment meanwhile, shows the same questions in the same order, and the score counts
// only the questions the candidate was given.
import { randomInt } from 'node:crypto';
import type { Question } from './questions.ts';

/** How the recruiter asked for one assessment's questions to be put, when sharing it. */
export interface QuestionPick {
  randomize_question: boolean;
  question_count: number | null;
}

/** The questions a new log puts to its candidate, in order. */
export function pickQuestions(questions: Question[], pick: QuestionPick): Question[] {
  const drawn = [...questions];
  if (pick.randomize_question) {
    for (let i = drawn.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [drawn[i], drawn[j]] = [drawn[j], drawn[i]];
    }
  }
  return pick.question_count ? drawn.slice(0, pick.question_count) : drawn;
}

/**
 * The questions as the web client's test page reads them: choices as a JSON string of
 * `{id, value}` numbered from 1 (the page compares choice ids as numbers), and each question's
 * share of the assessment's time, in seconds, as its time limit: together they stay within the
 * time the server takes answers for.
 */
export function clientQuestions(questions: Omit<Question, 'answer'>[], minutes: number) {
  const timeLimit = secondsEach(minutes, questions.length);
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    text: q.text,
    html_content: null,
    time_limit: timeLimit,
    choices: JSON.stringify(q.choices.map((c, index) => ({ id: index + 1, value: c.text }))),
  }));
}

/** Each of `count` questions' share of an assessment's `minutes`, in seconds. */
export const secondsEach = (minutes: number, count: number) => Math.max(1, Math.floor((minutes * 60) / Math.max(1, count)));
