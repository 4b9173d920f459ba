// POST /personality-screening/personality-screenings/: assigns a video interview to a candidate
// of a job, with questions from one of the organisation's question sets.
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import type { AuthUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { isoDate } from '../http/iso-date.ts';
import { assertApplicationVisible } from '../stages/job-access.ts';
import { recordProgress } from '../stages/record-progress.ts';
import { assertQuestionSetField } from './question-sets.ts';

export interface AssignBody {
  job: number;
  candidate: number;
  question_set: number;
  questions?: number[];
  expired_at: string;
  override?: boolean;
}

export async function assignScreening(pool: pg.Pool, user: AuthUser, body: AssignBody): Promise<number> {
  const expiredAt = isoDate(body.expired_at, 'expired_at');
  if (expiredAt <= new Date()) throw invalid({ expired_at: 'Must be in the future.' });
  if (body.override && user.role !== 'Admin') throw invalid({ override: 'Only an Admin may override the order of stages.' });
  return withTransaction(pool, async (client) => {
    await assertApplicationVisible(client, user, body.candidate, body.job, true);
    await assertQuestionSetField(client, user, body.question_set);
    const { rows: questions } = await client.query<{ id: number }>(
      `SELECT q.id FROM screening_questions q JOIN question_sets s ON s.id = q.question_set_id
       WHERE s.id = $1 AND s.org_id = $2 AND NOT q.is_deleted ORDER BY q.id`,
      [body.question_set, user.org_id],
    );
    const available = questions.map((q) => q.id);
    const chosen = body.questions?.length ? body.questions : available;
    if (!chosen.length) throw invalid({ question_set: 'The question set has no questions.' });
    if (chosen.some((id) => !available.includes(id))) throw invalid({ questions: 'Every question must come from the chosen question set.' });
    await recordProgress(client, { candidateId: body.candidate, jobId: body.job, stage: 'automated-video-interview', action: 'start', actorId: user.id, override: body.override, statusText: 'Assigned' });
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO personality_screenings (job_id, candidate_id, question_set_id, question_ids, assigned_by, expired_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [body.job, body.candidate, body.question_set, JSON.stringify(chosen), user.id, expiredAt],
    );
    return rows[0].id;
  });
}
