// POST /interview/answers/ (public, multipart): the candidate's recorded answer to one question.
// Files go to the blob store first; if the answer is then refused, they are removed again.
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { invalid } from '../http/errors.ts';
import { browserDate } from '../http/iso-date.ts';
import { formText } from '../http/multipart.ts';
import { linkedRecordId } from '../stages/candidate-link.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { readFormWithFiles } from '../uploads/form-with-files.ts';
import { discardBlobs, type UploadKind } from '../uploads/index.ts';
import { assertAsks, openScreening } from './take-screening.ts';

const FILE_KINDS: Record<string, UploadKind> = { video_file: 'intro_video', audio_file: 'audio' };

function positiveInt(raw: string | undefined, field: string): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n < 1) throw invalid({ [field]: 'A positive integer is required.' });
  return n;
}

/** An ISO 8601 date-time, String(new Date()), or milliseconds since 1970 as the browser's Date.now() gives them. */
function optionalDate(raw: string | undefined, field: string): Date | null {
  if (!raw) return null;
  return /^\d{1,15}$/.test(raw) ? new Date(Number(raw)) : browserDate(raw, field);
}

interface AnswerFiles {
  video_file?: string;
  audio_file?: string;
}

/** Saves one answer's files and row; returns the answer id. */
export async function recordAnswer(pool: pg.Pool, blobs: BlobStore, request: FastifyRequest): Promise<number> {
  const recordings = { kinds: FILE_KINDS, hint: 'send video_file and/or audio_file.' };
  const saved = await readFormWithFiles(request, blobs, recordings, async ({ fields, keys, errors }) => {
    if (Object.keys(errors).length) throw invalid(errors);
    const screeningId = await linkedRecordId(pool, 'personality_screenings', formText(fields, 'screening_id') ?? '');
    const questionId = positiveInt(formText(fields, 'question'), 'question');
    const files: AnswerFiles = keys;
    if (!files.video_file && !files.audio_file && !formText(fields, 'text')) {
      throw invalid({ video_file: 'Send a recording (video_file or audio_file) or a text answer.' });
    }
    return withTransaction(pool, async (client) => {
      const screening = await openScreening(client, screeningId);
      if (screening.completed) throw invalid({ screening_id: 'This interview is already completed.' });
      const candidate = formText(fields, 'candidate');
      if (candidate && Number(candidate) !== screening.candidate_id) throw invalid({ candidate: 'Does not match the interview.' });
      assertAsks(screening, questionId);
      const { rows: previous } = await client.query<AnswerFiles>('SELECT video_file, audio_file FROM screening_answers WHERE screening_id = $1 AND question_id = $2', [screeningId, questionId]);
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO screening_answers (screening_id, question_id, video_file, audio_file, text, duration, started, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()))
         ON CONFLICT (screening_id, question_id) DO UPDATE SET
           video_file = coalesce(EXCLUDED.video_file, screening_answers.video_file),
           audio_file = coalesce(EXCLUDED.audio_file, screening_answers.audio_file),
           text = coalesce(EXCLUDED.text, screening_answers.text), duration = coalesce(EXCLUDED.duration, screening_answers.duration),
           started = EXCLUDED.started, submitted_at = EXCLUDED.submitted_at, updated_at = now()
         RETURNING id`,
        [screeningId, questionId, files.video_file ?? null, files.audio_file ?? null, formText(fields, 'text') ?? null,
          formText(fields, 'duration') ? Number(formText(fields, 'duration')) || null : null,
          optionalDate(formText(fields, 'started'), 'started'), optionalDate(formText(fields, 'submitted_at'), 'submitted_at')],
      );
      const old = previous[0] ?? {};
      return { id: rows[0].id, replaced: [files.video_file && old.video_file, files.audio_file && old.audio_file].filter(Boolean) as string[] };
    });
  });
  await discardBlobs(blobs, saved.replaced);
  return saved.id;
}
