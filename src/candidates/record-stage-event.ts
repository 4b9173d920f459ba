import type pg from 'pg';

export interface StageEvent {
  candidateId: number;
  jobId: number;
  stage: string;
  action: string;
  statusText: string | null;
  actorId: number | null;
  details?: Record<string, unknown>;
}

/** Appends to the candidate's timeline: who did what, when, for which job and stage. */
export async function recordStageEvent(db: pg.PoolClient, e: StageEvent): Promise<void> {
  await db.query(
    `INSERT INTO candidate_stage_events (candidate_id, job_id, stage, action, status_text, actor_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.candidateId, e.jobId, e.stage, e.action, e.statusText, e.actorId, JSON.stringify(e.details ?? {})],
  );
}
