import { invalid } from '../http/errors.ts';

export interface Question {
  id: string;
  text: string;
  type: 'single' | 'multiple' | 'text';
  choices: { id: string; text: string }[];
  /** Ids of the right choices; empty for a free-text question, which is reviewed by a person. */
  answer: string[];
}

export interface Answer {
  question_id: string;
  choices?: string[];
  text?: string;
}

export function validateQuestions(raw: unknown): Question[] {
  if (!Array.isArray(raw)) throw invalid({ questions: 'Must be a list of questions.' });
  const ids = new Set<string>();
  return raw.map((item, index) => {
    const q = item as Partial<Question>;
    const where = `Question ${index + 1}`;
    const id = String(q?.id ?? `q${index + 1}`);
    if (ids.has(id)) throw invalid({ questions: `${where}: id "${id}" is used twice.` });
    ids.add(id);
    if (typeof q?.text !== 'string' || !q.text.trim()) throw invalid({ questions: `${where}: text is required.` });
    const type = q.type ?? 'single';
    if (!['single', 'multiple', 'text'].includes(type)) throw invalid({ questions: `${where}: type must be single, multiple or text.` });
    const choices = (q.choices ?? []).map((c, i) => ({ id: String(c?.id ?? i + 1), text: String(c?.text ?? '') }));
    const answer = (q.answer ?? []).map(String);
    if (type !== 'text') {
      if (choices.length < 2) throw invalid({ questions: `${where}: give at least two choices.` });
      if (!answer.length || answer.some((a) => !choices.some((c) => c.id === a))) {
        throw invalid({ questions: `${where}: answer must name one or more of its choices.` });
      }
      if (type === 'single' && answer.length !== 1) throw invalid({ questions: `${where}: a single-choice question has one answer.` });
    }
    return { id, text: q.text.trim(), type, choices, answer };
  });
}

/** Percentage of choice questions answered exactly right (free-text answers are left to the reviewer). */
export function scoreAnswers(questions: Question[], answers: Answer[]): number {
  const scorable = questions.filter((q) => q.type !== 'text');
  if (!scorable.length) return 0;
  const given = new Map(answers.map((a) => [String(a.question_id), new Set((a.choices ?? []).map(String))]));
  const right = scorable.filter((q) => {
    const chosen = given.get(q.id);
    return chosen !== undefined && chosen.size === q.answer.length && q.answer.every((a) => chosen.has(a));
  }).length;
  return Math.round((10000 * right) / scorable.length) / 100;
}

/** The questions as a candidate sees them: no answers. */
export const publicQuestions = (questions: Question[]) => questions.map(({ answer: _answer, ...q }) => q);
