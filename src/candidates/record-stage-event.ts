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
export async function recordStageEvent(db: pg.PoolClient, { candidateId, ...e }: StageEvent): Promise<void> {
  await recordStageEvents(db, [candidateId], e);
}

/** The same event on each candidate's timeline, in one statement, in the order of `candidateIds`. */
export async function recordStageEvents(db: pg.PoolClient, candidateIds: number[], e: Omit<StageEvent, 'candidateId'>): Promise<void> {
  await db.query(
    `INSERT INTO candidate_stage_events (candidate_id, job_id, stage, action, status_text, actor_id, details)
     SELECT c.id, $2, $3, $4, $5, $6, $7 FROM unnest($1::int[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`,
    [candidateIds, e.jobId, e.stage, e.action, e.statusText, e.actorId, JSON.stringify(e.details ?? {})],
  );
}
