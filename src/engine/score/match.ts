// Term-overlap measures shared by the scoring axes.

import { keyTerms } from '../text/words.ts';
import type { Relevance } from '../types.ts';

export type Terms = Set<string>;

export function terms(...texts: string[]): Terms {
  const out = new Set<string>();
  for (const t of texts) for (const k of keyTerms(t)) out.add(k);
  return out;
}

/** Share of `wanted` terms found in `have` (0 when nothing is wanted). */
export function coverageOf(wanted: Terms, have: Terms): number {
  if (!wanted.size) return 0;
  let hit = 0;
  for (const t of wanted) if (have.has(t)) hit++;
  return hit / wanted.size;
}

/**
 * Strictly increasing in `ratio` (have / need): MET_AT when the need is met exactly, approaching 1
 * beyond it, so that more of what is asked keeps counting (twice the need gives the midpoint).
 */
const MET_AT = 0.8;
export function saturate(ratio: number): number {
  if (!(ratio > 0)) return 0;
  return ratio <= 1 ? MET_AT * ratio : 1 - (1 - MET_AT) / ratio;
}

export function relevanceOf(score: number): Relevance {
  return score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}

export function toScore10(x: number): number {
  return Math.max(0, Math.min(10, Math.round(x * 10)));
}
