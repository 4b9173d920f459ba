import { invalid } from '../http/errors.ts';
import { isDifficulty } from './question-catalogue.ts';

export interface Question {
  id: string;
  text: string;
  type: 'single' | 'multiple' | 'text';
  choices: { id: string; text: string }[];
  /** Ids of the right choices; empty for a free-text question, which is reviewed by a person. */
  answer: string[];
  /** What the web client's editor keeps with a question: its formatted text, seconds and difficulty (question-catalogue.ts). */
  html_content?: string;
  time_limit?: number;
  difficulty?: number;
}

export interface Answer {
  question_id: string;
  choices?: string[];
  text?: string;
}

type Choice = Question['choices'][number];

const QUESTION_TYPES: readonly Question['type'][] = ['single', 'multiple', 'text'];
const isQuestionType = (value: unknown): value is Question['type'] => QUESTION_TYPES.includes(value as Question['type']);

const isKey = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id given as a string or a number, as a string; `fallback` when absent. */
function idOf(raw: unknown, fallback: string, problem: string): string {
  if (raw === undefined || raw === null) return fallback;
  if (!isKey(raw)) throw invalid({ questions: problem });
  return String(raw);
}

function choicesOf(raw: unknown, where: string): Choice[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalid({ questions: `${where}: choices must be a list.` });
  return raw.map((choice, index) => {
    const which = `${where}: choice ${index + 1}`;
    if (!isRecord(choice)) throw invalid({ questions: `${which} must be an object with an id and a text.` });
    const text = choice.text ?? '';
    if (typeof text !== 'string') throw invalid({ questions: `${which}: text must be a string.` });
    return { id: idOf(choice.id, String(index + 1), `${which}: id must be a string or a number.`), text };
  });
}

function answerOf(raw: unknown, where: string): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || !raw.every(isKey)) throw invalid({ questions: `${where}: answer must be a list of choice ids.` });
  return raw.map(String);
}

export function validateQuestions(raw: unknown): Question[] {
  if (!Array.isArray(raw)) throw invalid({ questions: 'Must be a list of questions.' });
  const ids = new Set<string>();
  return raw.map((item, index) => {
    const where = `Question ${index + 1}`;
    if (!isRecord(item)) throw invalid({ questions: `${where}: must be an object.` });
    const q = item as Partial<Record<keyof Question, unknown>>;
    const id = idOf(q.id, `q${index + 1}`, `${where}: id must be a string or a number.`);
    if (ids.has(id)) throw invalid({ questions: `${where}: id "${id}" is used twice.` });
    ids.add(id);
    if (typeof q.text !== 'string' || !q.text.trim()) throw invalid({ questions: `${where}: text is required.` });
    const type = q.type ?? 'single';
    if (!isQuestionType(type)) throw invalid({ questions: `${where}: type must be single, multiple or text.` });
    const choices = choicesOf(q.choices, where);
    const answer = answerOf(q.answer, where);
    if (type !== 'text') {
      if (choices.length < 2) throw invalid({ questions: `${where}: give at least two choices.` });
      if (!answer.length || answer.some((a) => !choices.some((c) => c.id === a))) {
        throw invalid({ questions: `${where}: answer must name one or more of its choices.` });
      }
      if (type === 'single' && answer.length !== 1) throw invalid({ questions: `${where}: a single-choice question has one answer.` });
    }
    return { id, text: q.text.trim(), type, choices, answer, ...editorFields(q, where) };
  });
}

/** The editor's own fields of a question, each kept when given and valid. */
function editorFields(q: Partial<Record<keyof Question, unknown>>, where: string): Pick<Question, 'html_content' | 'time_limit' | 'difficulty'> {
  const kept: Pick<Question, 'html_content' | 'time_limit' | 'difficulty'> = {};
  if (q.html_content !== undefined && q.html_content !== null) {
    if (typeof q.html_content !== 'string') throw invalid({ questions: `${where}: html_content must be a string.` });
    kept.html_content = q.html_content;
  }
  if (q.time_limit !== undefined && q.time_limit !== null) {
    if (!Number.isInteger(q.time_limit) || (q.time_limit as number) < 1 || (q.time_limit as number) > MAX_TIME_LIMIT) {
      throw invalid({ questions: `${where}: time_limit must be a whole number of seconds from 1 to ${MAX_TIME_LIMIT}.` });
    }
    kept.time_limit = q.time_limit as number;
  }
  if (q.difficulty !== undefined && q.difficulty !== null) {
    if (!isDifficulty(q.difficulty)) throw invalid({ questions: `${where}: difficulty must be the id of one of /test/difficulties/.` });
    kept.difficulty = q.difficulty;
  }
  return kept;
}

/** A question's longest time limit, in seconds: a day. */
export const MAX_TIME_LIMIT = 24 * 60 * 60;

/** Whether the choices given are exactly the question's right ones (never for a free-text question). */
export function answeredRight(question: Question, choices: readonly (string | number)[]): boolean {
  const chosen = new Set(choices.map(String));
  return question.type !== 'text' && chosen.size === question.answer.length && question.answer.every((a) => chosen.has(a));
}

/** Percentage of choice questions answered exactly right (free-text answers are left to the reviewer). */
export function scoreAnswers(questions: Question[], answers: Answer[]): number {
  const scorable = questions.filter((q) => q.type !== 'text');
  if (!scorable.length) return 0;
  const given = new Map(answers.map((a) => [String(a.question_id), a.choices ?? []]));
  const right = scorable.filter((q) => answeredRight(q, given.get(q.id) ?? [])).length;
  return Math.round((10000 * right) / scorable.length) / 100;
}

/** The questions as a candidate sees them: no answers. */
export const publicQuestions = (questions: Question[]) => questions.map(({ answer: _answer, ...q }) => q);
