// Every change of a candidate's progress through a job's workflow goes through here: the
// transition is checked against the workflow, the step and the candidate's standing are
// updated, and a CandidateStageEvent records who did it and when.
import type pg from 'pg';
import { recordStageEvents } from '../candidates/record-stage-event.ts';
import { HttpError } from '../http/errors.ts';
import type { StageKey } from '../interview/steps.ts';
import { STAGE_LABEL, type StandingStatus } from './stage-names.ts';
import { type WorkflowStep, workflowSteps } from './workflow-steps.ts';

export type StageAction = 'start' | 'complete' | 'approve' | 'reject' | 'hold';

export interface Progress {
  candidateId: number;
  jobId: number;
  stage: StageKey;
  action: StageAction;
  /** The user who acted; null for the candidate or the system. */
  actorId: number | null;
  /** An Admin's explicit override of the order check (recorded in the event). */
  override?: boolean;
  statusText?: string;
  details?: Record<string, unknown>;
}

const refused = (message: string) => new HttpError(409, { detail: message, error: message });

const STEP_CHANGE: Record<StageAction, string> = {
  start: 'started = true, started_at = coalesce(started_at, now())',
  complete: 'started = true, started_at = coalesce(started_at, now()), completed = true, completed_at = coalesce(completed_at, now())',
  approve: 'started = true, completed = true, completed_at = coalesce(completed_at, now()), approved = true',
  reject: 'approved = false',
  hold: 'started = true',
};

const STANDING: Record<StageAction, StandingStatus> = {
  start: 'In Progress',
  complete: 'In Progress',
  approve: 'In Progress',
  reject: 'Rejected',
  hold: 'On Hold',
};

const EVENT_ACTION: Record<StageAction, string> = {
  start: 'started',
  complete: 'completed',
  approve: 'approved',
  reject: 'rejected',
  hold: 'on_hold',
};

/** The same change for several candidates of one job, in one statement per table. */
export type ProgressOfMany = Omit<Progress, 'candidateId'> & { candidateIds: number[] };

interface Standing {
  status: string | null;
  /** The stage has been entered already. */
  under_way: boolean;
  /** The earlier stages that are completed. */
  done: string[];
}

async function assertAllowed(client: pg.PoolClient, p: ProgressOfMany): Promise<WorkflowStep> {
  const steps = await workflowSteps(client, p.jobId);
  const step = steps.find((s) => s.stage === p.stage);
  if (!step) throw refused(`This job's workflow has no ${STAGE_LABEL[p.stage]} stage.`);
  const earlier = steps.filter((s) => s.order < step.order).map((s) => s.stage);
  const { rows } = await client.query<Standing>(
    `SELECT a.status,
       EXISTS (SELECT 1 FROM interview_steps s WHERE s.candidate_id = c.id AND s.job_id = $2 AND s.stage = $3 AND s.started) AS under_way,
       ARRAY(SELECT s.stage FROM interview_steps s WHERE s.candidate_id = c.id AND s.job_id = $2 AND s.stage = ANY($4::text[]) AND s.completed) AS done
     FROM unnest($1::int[]) WITH ORDINALITY AS c(id, n) LEFT JOIN job_universal_status a ON a.candidate_id = c.id AND a.job_id = $2
     ORDER BY c.n`,
    [p.candidateIds, p.jobId, p.stage, earlier],
  );
  const entering = p.action === 'start' || p.action === 'complete' || p.action === 'approve';
  for (const standing of rows) {
    if (!standing.status) throw refused('The candidate has not applied to this job.');
    if (standing.status === 'Hired' && !p.override) throw refused('The candidate is already hired for this job.');
    // The order is checked when a stage is entered; a stage already under way may finish.
    const missing = entering && !standing.under_way && !p.override && earlier.find((s) => !standing.done.includes(s));
    if (missing) throw refused(`${STAGE_LABEL[missing]} must be completed before ${STAGE_LABEL[p.stage]}.`);
  }
  return step;
}

/** Applies one progress change inside the caller's transaction. */
export const recordProgress = (client: pg.PoolClient, { candidateId, ...p }: Progress) => recordProgressOfMany(client, { ...p, candidateIds: [candidateId] });

/** Applies one progress change to several candidates inside the caller's transaction; all are checked first. */
export async function recordProgressOfMany(client: pg.PoolClient, p: ProgressOfMany): Promise<void> {
  const step = await assertAllowed(client, p);
  const statusText = p.statusText ?? null;
  await client.query(
    `INSERT INTO interview_steps (candidate_id, job_id, module_id, step_id, stage, "order", status_text, updated_by)
     SELECT c.id, $2, $3, $4, $5, $6, coalesce($7, 'Pending'), $8 FROM unnest($1::int[]) AS c(id)
     ON CONFLICT (candidate_id, job_id, stage) DO NOTHING`,
    [p.candidateIds, p.jobId, step.moduleId, step.stepId, p.stage, step.order, statusText, p.actorId],
  );
  await client.query(
    `UPDATE interview_steps SET ${STEP_CHANGE[p.action]}, status_text = coalesce($4, status_text),
       updated_by = $5, updated_at = now()
     WHERE candidate_id = ANY($1::int[]) AND job_id = $2 AND stage = $3`,
    [p.candidateIds, p.jobId, p.stage, statusText, p.actorId],
  );
  // current_stage is the latest stage reached: a later step never moves it back.
  await client.query(
    `UPDATE job_universal_status a SET status = $4, updated_at = now(),
       current_stage = CASE WHEN a.current_stage = '' OR $5 >= coalesce(
         (SELECT max(s."order") FROM interview_steps s WHERE s.candidate_id = a.candidate_id AND s.job_id = a.job_id
            AND s.stage <> $6 AND s.started), 0) THEN $3 ELSE a.current_stage END
     WHERE a.candidate_id = ANY($1::int[]) AND a.job_id = $2`,
    [p.candidateIds, p.jobId, STAGE_LABEL[p.stage], STANDING[p.action], step.order, p.stage],
  );
  await recordStageEvents(client, p.candidateIds, {
    jobId: p.jobId,
    stage: p.stage,
    action: EVENT_ACTION[p.action],
    statusText,
    actorId: p.actorId,
    details: { ...p.details, ...(p.override ? { override: true } : {}) },
  });
}
