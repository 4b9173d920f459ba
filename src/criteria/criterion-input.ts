import { ANSWER_TYPES, kindOf, readAnswer } from './answer-kinds.ts';

export interface CriterionFields {
  job_id: number;
  question: string;
  response_type: string;
  options?: string[] | null;
  expected_response?: unknown;
}

/** The row's columns; jsonb columns as JSON text. */
export interface CriterionColumns {
  job_id: number;
  question: string;
  response_type: string;
  options: string;
  expected_response: string | null;
}

const CHOICE_KINDS = new Set(['single_choice', 'multiple_choice']);

/** The columns of a criterion, or what is wrong with it, field by field. */
export function criterionColumns(f: CriterionFields): { columns: CriterionColumns } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const question = f.question.trim();
  if (!question) errors.question = 'This field may not be blank.';
  const kind = kindOf(f.response_type);
  if (!kind) errors.response_type = `Not a response type; use one of: ${ANSWER_TYPES.join(', ')}.`;
  const options = [...new Set((f.options ?? []).map((o) => o.trim()).filter(Boolean))];
  if (kind && CHOICE_KINDS.has(kind) && options.length < 2) errors.options = 'Give at least two options to choose from.';
  let expected: unknown = null;
  const given = f.expected_response;
  const none = given === undefined || given === null || given === '' || (Array.isArray(given) && !given.length);
  if (kind && !errors.options && !none) {
    const reading = readAnswer(kind, options, given);
    if ('error' in reading) errors.expected_response = reading.error;
    else expected = reading.value;
  }
  if (Object.keys(errors).length) return { errors };
  return {
    columns: {
      job_id: f.job_id,
      question,
      response_type: f.response_type.trim(),
      options: JSON.stringify(options),
      expected_response: expected === null ? null : JSON.stringify(expected),
    },
  };
}
