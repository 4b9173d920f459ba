// A recruiter approving or rejecting an assessment (test log) or a video interview: the record
// keeps who approved it, and the decision approves or rejects the candidate's stage.
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import type { StageKey } from '../interview/steps.ts';
import { assertApplicationVisible } from './job-access.ts';
import { recordProgress } from './record-progress.ts';

const RECORDS = {
  test_logs: { stage: 'assessment', detail: 'test_log' },
  personality_screenings: { stage: 'automated-video-interview', detail: 'screening' },
} as const satisfies Record<string, { stage: StageKey; detail: string }>;

export async function reviewRecord(pool: pg.Pool, user: AuthUser, table: keyof typeof RECORDS, id: number, isApproved: boolean | null | undefined): Promise<void> {
  const { stage, detail } = RECORDS[table];
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ candidate_id: number; job_id: number }>(`SELECT candidate_id, job_id FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) throw notFound();
    const { candidate_id: candidateId, job_id: jobId } = rows[0];
    await assertApplicationVisible(client, user, candidateId, jobId, true);
    await client.query(
      `UPDATE ${table} SET is_approved = coalesce($2, is_approved),
         approved_by = CASE WHEN $2 THEN $3 WHEN $2 = false THEN NULL ELSE approved_by END, updated_by = $3, updated_at = now()
       WHERE id = $1`,
      [id, isApproved ?? null, user.id],
    );
    if (isApproved === true || isApproved === false) {
      await recordProgress(client, { candidateId, jobId, stage, action: isApproved ? 'approve' : 'reject', actorId: user.id, details: { [detail]: id } });
    }
  });
}
