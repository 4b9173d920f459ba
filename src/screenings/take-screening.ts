// The candidate's side of a video interview, reached anonymously through their link:
// link_opened -> started -> completed. A link past expired_at is 410 Gone.
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { HttpError, invalid, notFound } from '../http/errors.ts';
import { browserDateTime } from '../http/iso-date.ts';
import { recordProgress } from '../stages/record-progress.ts';
import { questionsOf } from './screening-json.ts';

interface ScreeningState {
  id: number;
  job_id: number;
  candidate_id: number;
  link_opened: boolean;
  started: boolean;
  completed: boolean;
  expired: boolean;
  /** The questions asked, in order. */
  question_ids: number[];
}

/** The interview when its link may be used: 404 when missing, 410 when expired and not completed. */
function reachable<T extends { completed: boolean; expired: boolean }>(s: T | undefined): T {
  if (!s) throw notFound();
  if (s.expired && !s.completed) throw new HttpError(410, { detail: 'This interview link has expired.' });
  return s;
}

/** The interview, locked for the caller's transaction, when its link may be used. */
export async function openScreening(client: pg.PoolClient, id: number): Promise<ScreeningState> {
  const { rows } = await client.query<ScreeningState>(
    `SELECT id, job_id, candidate_id, link_opened, started, completed, expired_at < now() AS expired, question_ids
     FROM personality_screenings WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return reachable(rows[0]);
}

/** A 400 on `question` unless the interview asks it. */
export function assertAsks(screening: ScreeningState, questionId: number): void {
  if (!screening.question_ids.includes(questionId)) throw invalid({ question: 'This question is not part of the interview.' });
}

// The candidate's progress: status_text also holds the recruiters' review once they have given
// one ("Not Shortlisted"), which is theirs to tell the candidate.
const PROGRESS = `CASE WHEN p.completed THEN 'Completed' WHEN p.started THEN 'Started' WHEN p.link_opened THEN 'Link Opened' ELSE 'Assigned' END`;

/**
 * GET /personality-screening/personality-screenings/{key}/ for the candidate. Its `id` is the access
 * key: the client sends it back as the answers' screening_id, and the sequential id stays private.
 */
export async function candidateScreening(pool: pg.Pool, id: number) {
  const { rows } = await pool.query<{ completed: boolean; expired: boolean; s: Record<string, unknown> }>(
    `SELECT p.completed, p.expired_at < now() AS expired,
       json_build_object('id', p.access_key, 'questions', ${questionsOf('p')}, 'question_set', p.question_set_id,
       'link_opened', p.link_opened, 'started', p.started, 'completed', p.completed, 'status_text', ${PROGRESS},
       'expired_at', api_ts(p.expired_at), 'candidate', json_build_object('id', c.id, 'name', c.name),
       'job', json_build_object('id', j.id, 'title', j.title),
       'step', (SELECT json_build_object('id', s.id, 'order', s."order", 'job', s.job_id, 'module', s.module_id, 'completed', s.completed)
                FROM interview_steps s WHERE s.candidate_id = p.candidate_id AND s.job_id = p.job_id AND s.stage = 'automated-video-interview')) AS s
     FROM personality_screenings p JOIN candidates c ON c.id = p.candidate_id JOIN jobs j ON j.id = p.job_id WHERE p.id = $1`,
    [id],
  );
  return reachable(rows[0]).s;
}

export interface ScreeningChange {
  link_opened?: boolean;
  started?: boolean;
  completed?: boolean;
  status_text?: string;
}

/** The web client sends `started` as the date-time the candidate started: that means true. */
export function startedDateAsTrue(body: unknown): void {
  const change = body as { started?: unknown } | null;
  if (typeof change?.started === 'string' && browserDateTime(change.started)) change.started = true;
}

const STATUS: ReadonlyMap<string, keyof ScreeningChange> = new Map([
  ['Link Opened', 'link_opened'],
  ['Started', 'started'],
  ['Completed', 'completed'],
]);

/** PATCH from the candidate's page: each flag only moves forward; completing needs every answer. */
export async function updateCandidateScreening(pool: pg.Pool, id: number, change: ScreeningChange): Promise<void> {
  await withTransaction(pool, async (client) => {
    const s = await openScreening(client, id);
    if (s.completed) throw new HttpError(409, { detail: 'This interview is already completed.' });
    if (change.status_text && !STATUS.has(change.status_text)) throw invalid({ status_text: 'Must be Link Opened, Started or Completed.' });
    const wants = (flag: keyof ScreeningChange) => Boolean(change[flag]) || STATUS.get(change.status_text ?? '') === flag;
    const opened = s.link_opened || wants('link_opened') || wants('started') || wants('completed');
    const started = s.started || wants('started') || wants('completed');
    const completed = wants('completed');
    if (completed) {
      const { rows } = await client.query<{ missing: number }>(
        `SELECT count(*)::int AS missing FROM personality_screenings p, jsonb_array_elements_text(p.question_ids) qid
         WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM screening_answers a WHERE a.screening_id = p.id AND a.question_id = qid::int AND a.video_file IS NOT NULL)`,
        [id],
      );
      if (rows[0].missing) throw invalid({ completed: `${rows[0].missing} question(s) have no recorded answer yet.` });
    }
    const status = completed ? 'Completed' : started ? 'Started' : opened ? 'Link Opened' : 'Assigned';
    await client.query(
      `UPDATE personality_screenings SET link_opened = $2, link_opened_at = CASE WHEN $2 THEN coalesce(link_opened_at, now()) END,
         started = $3, started_at = CASE WHEN $3 THEN coalesce(started_at, now()) END,
         completed = $4, completed_time = CASE WHEN $4 THEN now() END, status_text = $5, updated_at = now()
       WHERE id = $1`,
      [id, opened, started, completed, status],
    );
    if (completed) {
      await recordProgress(client, { candidateId: s.candidate_id, jobId: s.job_id, stage: 'automated-video-interview', action: 'complete', actorId: null, statusText: 'Completed', details: { screening: id } });
    }
  });
}
