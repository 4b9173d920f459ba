// A question as the web client's question editor and report tab read and write it: its choices as
// a JSON string of `{id, value, correct}` (ids are places, 1 first, as the candidate's page numbers
// them), its difficulty as `{id, difficulty}` and its time limit in seconds. Shortlist keeps the
// question in its assessment's list (questions.ts).
import { invalid } from '../http/errors.ts';
import { secondsEach } from './log-questions.ts';
import { DIFFICULTIES, difficultyOf } from './question-catalogue.ts';
import type { Question } from './questions.ts';

/** The editor's fields of a question, as it sends them (POST and PATCH /test/questions/). */
export interface EditorQuestion {
  text?: string;
  html_content?: string | null;
  type?: Question['type'];
  time_limit?: number;
  difficulty?: number | null;
  choices?: string;
}

/** One question as the client reads it; `minutes` and `count` give the share of time of a question without its own limit. */
export function editorView(q: Question, assessmentId: number, minutes: number, count: number) {
  return {
    id: q.id,
    test: assessmentId,
    text: q.text,
    html_content: q.html_content ?? null,
    type: q.type,
    time_limit: q.time_limit ?? secondsEach(minutes, count),
    difficulty: difficultyOf(q.difficulty),
    domain: null,
    choices: JSON.stringify(q.choices.map((c, index) => ({ id: index + 1, value: c.text, correct: q.answer.includes(c.id) }))),
  };
}

/** An assessment's questions as the editor lists them (the `question` of GET /test/tests/{id}/). */
export const editorViews = (questions: Question[], assessmentId: number, minutes: number) =>
  questions.map((q) => editorView(q, assessmentId, minutes, questions.length));

/** The assessment's difficulty as the editor's sidebar shows it: that of its hardest question, or the lowest. */
export function assessmentDifficulty(questions: Question[]) {
  const hardest = Math.max(DIFFICULTIES[0].id, ...questions.map((q) => q.difficulty ?? 0));
  return difficultyOf(hardest);
}

function parsedChoices(raw: string): { value: string; correct: boolean }[] {
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw invalid({ choices: 'Must be a JSON list of {value, correct}.' });
  }
  if (!Array.isArray(list)) throw invalid({ choices: 'Must be a JSON list of {value, correct}.' });
  return list.map((c, index) => {
    if (typeof c !== 'object' || c === null || typeof c.value !== 'string' || !c.value.trim()) {
      throw invalid({ choices: `Choice ${index + 1}: value must be a non-empty text.` });
    }
    return { value: c.value.trim(), correct: c.correct === true };
  });
}

/** The stored question `id` becomes from the editor's fields; errors name the editor's field. */
export function fromEditor(body: EditorQuestion, id: string): Question {
  const text = body.text?.trim();
  if (!text) throw invalid({ text: 'This field may not be blank.' });
  const type = body.type ?? 'single';
  const choices = type === 'text' ? [] : parsedChoices(body.choices ?? '[]');
  if (type !== 'text') {
    const right = choices.filter((c) => c.correct).length;
    if (choices.length < 2) throw invalid({ choices: 'Give at least two choices.' });
    if (!right) throw invalid({ choices: 'Mark the right choice.' });
    if (type === 'single' && right !== 1) throw invalid({ choices: 'A single-choice question has one right choice.' });
  }
  const stored = choices.map((c, index) => ({ id: String(index + 1), text: c.value }));
  return {
    id,
    text,
    type,
    choices: stored,
    answer: stored.filter((_, index) => choices[index].correct).map((c) => c.id),
    ...(body.html_content ? { html_content: body.html_content } : {}),
    ...(body.time_limit !== undefined ? { time_limit: body.time_limit } : {}),
    ...(body.difficulty ? { difficulty: body.difficulty } : {}),
  };
}

/** A stored question as the editor's fields, for a PATCH that changes some of them. */
export function toEditor(q: Question): EditorQuestion {
  return {
    text: q.text,
    html_content: q.html_content ?? null,
    type: q.type,
    time_limit: q.time_limit,
    difficulty: q.difficulty ?? null,
    choices: JSON.stringify(q.choices.map((c) => ({ value: c.text, correct: q.answer.includes(c.id) }))),
  };
}

/** An assessment with what the question editor reads of it: its questions as `question`, and its `difficulty`. */
export const withEditorFields = <A extends { id: number; questions: Question[]; time_duration_in_minutes: number }>(a: A) => ({
  ...a,
  question: editorViews(a.questions, a.id, a.time_duration_in_minutes),
  difficulty: assessmentDifficulty(a.questions),
});
