// The questions one test log puts to its candidate: the assessment's, shuffled and cut to a number
// when the recruiter asked for it on sharing. The choice is a function of the log, so a reload shows
// the same questions in the same order, and the score counts only the questions the candidate saw.
import type { Question } from './questions.ts';

/** What the recruiter chose for one assessment when sharing it (kept in the log's preferences). */
export interface QuestionPick {
  randomize_question: boolean;
  question_count: number | null;
}

/** The pick in a log's preferences, which older shares may have filled with anything. */
export function questionPick(preferences: Record<string, unknown> | null): QuestionPick {
  const count = preferences?.question_count;
  return { randomize_question: preferences?.randomize_question === true, question_count: Number.isInteger(count) && (count as number) > 0 ? (count as number) : null };
}

/** A small seeded generator (mulberry32): the same log always draws the same order. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function logQuestions(questions: Question[], logId: number, pick: QuestionPick): Question[] {
  const chosen = [...questions];
  if (pick.randomize_question) {
    const draw = seeded(logId);
    for (let i = chosen.length - 1; i > 0; i--) {
      const j = Math.floor(draw() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
    }
  }
  return pick.question_count ? chosen.slice(0, pick.question_count) : chosen;
}

/**
 * The questions as the web client's test page reads them: choices as a JSON string of
 * `{id, value}` numbered from 1 (the page compares choice ids as numbers), and each question's
 * share of the assessment's time, in seconds, as its time limit.
 */
export function clientQuestions(questions: Omit<Question, 'answer'>[], minutes: number) {
  const timeLimit = Math.max(10, Math.floor((minutes * 60) / Math.max(1, questions.length)));
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    text: q.text,
    html_content: null,
    time_limit: timeLimit,
    choices: JSON.stringify(q.choices.map((c, index) => ({ id: index + 1, value: c.text }))),
  }));
}
