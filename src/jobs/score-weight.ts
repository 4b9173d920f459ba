import { invalid } from '../http/errors.ts';
import { jsonObject } from './json-object.ts';

const WEIGHT_KEYS = ['skills', 'work_experience', 'projects', 'education', 'certifications'] as const;
export type Weights = Record<(typeof WEIGHT_KEYS)[number], number>;

/** A weight given as a number or a numeric string; anything else (an object, a list, a boolean, null) is not one. */
function weightOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return undefined;
}

/** score_weight as an object or a JSON string; five fractions from 0 to 1 that sum to 1. */
export function parseWeights(raw: unknown): Weights {
  const given = jsonObject(raw);
  if (!given) throw invalid({ score_weight: 'Must be an object or a JSON string of an object.' });
  const weights = {} as Weights;
  const errors: string[] = [];
  for (const key of WEIGHT_KEYS) {
    const n = weightOf(given[key]);
    if (n === undefined || !Number.isFinite(n) || n < 0 || n > 1) {
      errors.push(`${key} must be a number from 0 to 1.`);
    } else weights[key] = Math.round(n * 100) / 100;
  }
  if (errors.length) throw invalid({ score_weight: errors });
  const sum = WEIGHT_KEYS.reduce((s, k) => s + weights[k], 0);
  if (Math.abs(sum - 1) > 0.001) throw invalid({ score_weight: `The five weights must sum to 1 (they sum to ${sum.toFixed(2)}).` });
  return weights;
}
