import type pg from 'pg';
import { workflowSteps } from './workflow-steps.ts';

/**
 * An application's resume-screening step begins when its resume arrives (a new application or a
 * new upload): started, not completed, under review until the parse job or a recruiter decides.
 * A job whose workflow has no resume-screening step gets none.
 */
export async function openResumeStep(client: pg.PoolClient, candidateId: number, jobId: number): Promise<void> {
  const step = (await workflowSteps(client, jobId)).find((s) => s.stage === 'resume-screening');
  if (!step) return;
  await client.query(
    `INSERT INTO interview_steps (candidate_id, job_id, module_id, step_id, stage, "order", started, started_at, status_text)
     VALUES ($1, $2, $3, $4, 'resume-screening', $5, true, now(), 'Under Review')
     ON CONFLICT (candidate_id, job_id, stage) DO UPDATE SET completed = false, completed_at = NULL, approved = NULL,
       status_text = 'Under Review', updated_at = now()`,
    [candidateId, jobId, step.moduleId, step.stepId, step.order],
  );
}
