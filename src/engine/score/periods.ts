// Months of experience counted once however many jobs cover them: two roles held at the same time,
// or one title line naming two roles, are one stretch of experience.

export interface WeightedSpan {
  from: number;
  to: number;
  weight: number;
}

/** The months the spans cover, each month counted once at the highest weight of the spans covering it. */
export function monthsCovered(spans: WeightedSpan[]): number {
  const edges = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  let total = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const [a, b] = [edges[k], edges[k + 1]];
    const weight = Math.max(0, ...spans.filter((s) => s.from <= a && b <= s.to).map((s) => s.weight));
    total += (b - a) * weight;
  }
  return total;
}
