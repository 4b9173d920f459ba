// The kinds of answer a screening criterion asks for, under the names clients give them, how an
// answer of each kind is read, and whether an answer is the one a criterion expects.

export type AnswerKind = 'text' | 'number' | 'yes_no' | 'single_choice' | 'multiple_choice';

const KIND_NAMES: Record<string, AnswerKind> = {
  text: 'text', textarea: 'text', short_text: 'text', long_text: 'text', string: 'text',
  number: 'number', numeric: 'number', integer: 'number',
  yes_no: 'yes_no', 'yes/no': 'yes_no', boolean: 'yes_no', bool: 'yes_no',
  single_choice: 'single_choice', radio: 'single_choice', select: 'single_choice', dropdown: 'single_choice', choice: 'single_choice',
  multiple_choice: 'multiple_choice', checkbox: 'multiple_choice', multi_select: 'multiple_choice', multiselect: 'multiple_choice',
};

export const ANSWER_TYPES = Object.keys(KIND_NAMES);

/** "Yes / No", "multiple-choice" and "Radio" name kinds as well as "yes_no", "multiple_choice" and "single_choice". */
export function kindOf(responseType: string): AnswerKind | undefined {
  const name = responseType.trim().toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[\s-]+/g, '_');
  // Own keys only: "constructor" is no kind.
  return Object.hasOwn(KIND_NAMES, name) ? KIND_NAMES[name] : undefined;
}

export type Answer = string | number | boolean | string[];
export type Reading = { value: Answer } | { error: string };

const MAX_TEXT = 5000;
// Plain decimals: Number() would also read "0x10" and "1e3".
const DECIMAL = /^-?\d+(\.\d+)?$/;
const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);
const fold = (s: string) => s.trim().toLowerCase();

function choiceOf(options: string[], value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return options.find((o) => fold(o) === fold(String(value)));
}

/** Reads `value` as an answer of `kind`: a choice becomes the option as the criterion spells it. */
export function readAnswer(kind: AnswerKind, options: string[], value: unknown): Reading {
  switch (kind) {
    case 'text': {
      if (typeof value !== 'string' && typeof value !== 'number') return { error: 'Enter a text answer.' };
      const text = String(value).trim();
      return text.length > MAX_TEXT ? { error: `Ensure this answer has no more than ${MAX_TEXT} characters.` } : { value: text };
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { error: 'Enter a number.' };
    }
    case 'yes_no': {
      const word = typeof value === 'boolean' ? String(value) : typeof value === 'string' ? fold(value) : '';
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return { error: 'Answer yes or no.' };
    }
    case 'single_choice': {
      const choice = choiceOf(options, value);
      return choice === undefined ? { error: `Choose one of: ${options.join(', ')}.` } : { value: choice };
    }
    case 'multiple_choice': {
      const picked = (Array.isArray(value) ? value : [value]).map((v) => choiceOf(options, v));
      if (picked.some((p) => p === undefined)) return { error: `Choose among: ${options.join(', ')}.` };
      return { value: [...new Set(picked as string[])] };
    }
  }
}

/**
 * Whether `answer` is what the criterion expects: null when it expects nothing; at least the
 * number for a number (years of experience, say); every expected option for several choices.
 */
export function meetsExpected(kind: AnswerKind, expected: Answer | null, answer: Answer): boolean | null {
  if (expected === null) return null;
  switch (kind) {
    case 'number':
      return (answer as number) >= (expected as number);
    case 'multiple_choice':
      return (expected as string[]).every((e) => (answer as string[]).includes(e));
    case 'text':
      return fold(answer as string) === fold(expected as string);
    default:
      return answer === expected;
  }
}
