import type pg from 'pg';
import { notFound } from '../http/errors.ts';
import { STEP_STAGE, type StageKey } from '../interview/steps.ts';

export interface WorkflowStep {
  stage: StageKey;
  stepId: string;
  order: number;
  moduleId: number | null;
}

/**
 * The stages a job's candidates pass, in order: its workflow's steps, or resume screening alone
 * for a job without a workflow.
 */
export async function workflowSteps(db: pg.Pool | pg.PoolClient, jobId: number): Promise<WorkflowStep[]> {
  const { rows } = await db.query<{ module_id: number | null; steps: { id: string; order: number; content: { id: string } }[] | null }>(
    'SELECT j.interview_module AS module_id, m.steps_json AS steps FROM jobs j LEFT JOIN interview_modules m ON m.id = j.interview_module WHERE j.id = $1',
    [jobId],
  );
  if (!rows[0]) throw notFound();
  const { module_id: moduleId, steps } = rows[0];
  if (!steps?.length) return [{ stage: 'resume-screening', stepId: 'step-1', order: 1, moduleId }];
  return steps
    .flatMap((s) => {
      const stage = STEP_STAGE.get(s.content.id);
      return stage ? [{ stage, stepId: s.id, order: s.order, moduleId }] : [];
    })
    .sort((a, b) => a.order - b.order);
}
