import { invalid } from '../http/errors.ts';

/** The stage a workflow step stands for; the client's older ids are accepted as aliases. */
export const STEP_STAGE: ReadonlyMap<string, StageKey> = new Map([
  ['resume-screening', 'resume-screening'],
  ['assessment', 'assessment'],
  ['test', 'assessment'],
  ['automated-video-interview', 'automated-video-interview'],
  ['personality-screening', 'automated-video-interview'],
]);

export type StageKey = 'resume-screening' | 'assessment' | 'automated-video-interview';

export interface Step {
  id: string;
  order: number;
  content: { id: string; label: string; preference?: unknown };
}

/** Checks steps_json: known stages, each at most once, orders unique; returns the steps sorted by order. */
export function validateSteps(raw: unknown): Step[] {
  if (!Array.isArray(raw)) throw invalid({ steps_json: 'Must be a list of steps.' });
  const seen = new Set<string>();
  const orders = new Set<number>();
  const steps = raw.map((item, index) => {
    const step = item as Partial<Step>;
    const where = `Step ${index + 1}`;
    const stage = STEP_STAGE.get(String(step?.content?.id));
    if (!stage) {
      throw invalid({ steps_json: `${where}: content.id must be one of ${[...STEP_STAGE.keys()].join(', ')}.` });
    }
    if (seen.has(stage)) throw invalid({ steps_json: `${where}: the ${stage} stage appears twice.` });
    seen.add(stage);
    const order = Number(step.order ?? index + 1);
    if (!Number.isInteger(order) || order < 1 || orders.has(order)) {
      throw invalid({ steps_json: `${where}: order must be a unique positive integer.` });
    }
    orders.add(order);
    return {
      id: typeof step.id === 'string' && step.id ? step.id : `step-${order}`,
      order,
      content: { ...step.content, id: String(step.content?.id), label: String(step.content?.label ?? stage) },
    };
  });
  return steps.sort((a, b) => a.order - b.order);
}
