// Background work an application change starts, queued in the caller's transaction so that it
// happens if and only if the change commits.

import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { enqueue, QUEUES } from '../queue/index.ts';

export async function queueParse(client: pg.PoolClient, queue: PgBoss, resumeId: number, upload: number): Promise<void> {
  await enqueue(queue, QUEUES.parseResume, { resumeId, upload }, { client });
}

/** Files no longer referenced once the transaction commits (a replaced resume, a deleted candidate's). */
export async function queueBlobDeletion(client: pg.PoolClient, queue: PgBoss, keys: (string | null | undefined)[]): Promise<void> {
  const present = keys.filter((k): k is string => Boolean(k));
  if (present.length) await enqueue(queue, QUEUES.deleteBlobs, { keys: present }, { client });
}
