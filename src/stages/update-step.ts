// POST /interview/update-step/: the recruiter's Complete, Approve, Reject and Hold on one
// workflow step; the candidate's own pages also call it anonymously to mark an assessment or a
// video interview complete, which is accepted only once that record really is complete.
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, unauthorized } from '../http/errors.ts';
import { STEP_STAGE, type StageKey } from '../interview/steps.ts';
import { assertApplicationVisible } from './job-access.ts';
import { recordProgress, type StageAction } from './record-progress.ts';
import { workflowSteps } from './workflow-steps.ts';

export interface UpdateStepBody {
  action: string;
  candidate_id: number;
  job_id: number;
  order?: number;
  step_id?: string;
  service?: string;
  workflow_id?: number | null;
  override?: boolean;
}

const ACTIONS: ReadonlyMap<string, StageAction> = new Map(
  (['complete', 'approve', 'reject', 'hold', 'start'] as const).map((action) => [action, action]),
);

const SERVICE_STAGE: ReadonlyMap<string, StageKey> = new Map([
  ['resume screening', 'resume-screening'],
  ['assessment', 'assessment'],
  ['assessments', 'assessment'],
  ['test', 'assessment'],
  ['personality screening', 'automated-video-interview'],
  ['automated video interview', 'automated-video-interview'],
  ...STEP_STAGE,
]);

async function stageOf(client: pg.PoolClient, body: UpdateStepBody): Promise<StageKey> {
  const steps = await workflowSteps(client, body.job_id);
  const byStep = steps.find((s) => s.stepId === body.step_id);
  if (byStep) return byStep.stage;
  const byService = SERVICE_STAGE.get(String(body.service ?? '').toLowerCase());
  if (byService) return byService;
  const byOrder = steps.find((s) => s.order === body.order);
  if (byOrder) return byOrder.stage;
  if (body.service) throw invalid({ service: `Unknown service "${body.service}".` });
  throw invalid({ step_id: 'Name the step by step_id, service or order.' });
}

const COMPLETED_RECORD: Partial<Record<StageKey, string>> = {
  assessment: 'SELECT 1 FROM test_logs WHERE candidate_id = $1 AND job_id = $2 AND completed',
  'automated-video-interview': 'SELECT 1 FROM personality_screenings WHERE candidate_id = $1 AND job_id = $2 AND completed',
};

export async function updateStep(pool: pg.Pool, user: AuthUser | null, body: UpdateStepBody): Promise<{ stage: StageKey }> {
  const action = ACTIONS.get(body.action.toLowerCase());
  if (!action) throw invalid({ action: 'Must be Complete, Approve, Reject or Hold.' });
  return withTransaction(pool, async (client) => {
    const stage = await stageOf(client, body);
    if (user) {
      await assertApplicationVisible(client, user, body.candidate_id, body.job_id, true);
    } else {
      const check = COMPLETED_RECORD[stage];
      const done = check && action === 'complete' ? (await client.query(check, [body.candidate_id, body.job_id])).rowCount : 0;
      if (!done) throw unauthorized();
    }
    const override = Boolean(body.override) && user?.role === 'Admin';
    if (body.override && !override) throw invalid({ override: 'Only an Admin may override the order of stages.' });
    await recordProgress(client, { candidateId: body.candidate_id, jobId: body.job_id, stage, action, actorId: user?.id ?? null, override });
    return { stage };
  });
}
