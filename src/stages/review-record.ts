// A recruiter approving or rejecting an assessment (test log) or a video interview: the record
// keeps who approved it, and the decision approves or rejects the candidate's stage. A video
// interview also takes a review status once completed (REVIEW_STATUSES).
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid, notFound } from '../http/errors.ts';
import type { StageKey } from '../interview/steps.ts';
import { assertApplicationVisible } from './job-access.ts';
import { recordProgress } from './record-progress.ts';
import { REVIEW_STATUSES } from './stage-names.ts';

const RECORDS = {
  test_logs: { stage: 'assessment', detail: 'test_log' },
  personality_screenings: { stage: 'automated-video-interview', detail: 'screening' },
} as const satisfies Record<string, { stage: StageKey; detail: string }>;

// The approval follows a decisive status unless is_approved is sent, as on a resume.
const APPROVAL: ReadonlyMap<string, boolean> = new Map([['Shortlisted', true], ['Not Shortlisted', false]]);

export async function reviewRecord(
  pool: pg.Pool, user: AuthUser, table: keyof typeof RECORDS, id: number, isApproved: boolean | null | undefined, statusText?: string,
): Promise<void> {
  const { stage, detail } = RECORDS[table];
  if (statusText !== undefined && !(REVIEW_STATUSES as readonly string[]).includes(statusText)) {
    throw invalid({ status_text: `Must be one of: ${REVIEW_STATUSES.join(', ')}.` });
  }
  const approved = isApproved ?? APPROVAL.get(statusText ?? '');
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ candidate_id: number; job_id: number; completed: boolean }>(`SELECT candidate_id, job_id, completed FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) throw notFound();
    const { candidate_id: candidateId, job_id: jobId } = rows[0];
    await assertApplicationVisible(client, user, candidateId, jobId, true);
    if (statusText !== undefined && !rows[0].completed) throw invalid({ status_text: 'Can be set once the candidate has completed it.' });
    await client.query(
      `UPDATE ${table} SET is_approved = coalesce($2, is_approved), status_text = coalesce($4, status_text),
         approved_by = CASE WHEN $2 THEN $3 WHEN $2 = false THEN NULL ELSE approved_by END, updated_by = $3, updated_at = now()
       WHERE id = $1`,
      [id, approved ?? null, user.id, statusText ?? null],
    );
    if (approved === true || approved === false) {
      await recordProgress(client, { candidateId, jobId, stage, action: approved ? 'approve' : 'reject', actorId: user.id, details: { [detail]: id } });
    }
  });
}
