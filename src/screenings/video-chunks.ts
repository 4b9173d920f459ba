// Chunked video upload for long interview answers: POST /video_upload/upload-chunk/ stores each
// part as a blob; POST /video_upload/complete/ joins the parts in order into one video, checks
// it like any upload, attaches it to the answer and removes the parts.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { HttpError, invalid, notFound } from '../http/errors.ts';
import { formText, readMultipart } from '../http/multipart.ts';
import { linkedRecordId } from '../stages/candidate-link.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { newBlobKey } from '../storage/keys.ts';
import { discardBlobs, type StoredUpload, storeUpload } from '../uploads/index.ts';
import { assertAsks, openScreening } from './take-screening.ts';

const MAX_PART = 16 * 1024 * 1024;
const MAX_PARTS = 200;

interface Part {
  part_number: number;
  key: string;
  size: number;
  etag: string;
}

export async function uploadChunk(pool: pg.Pool, blobs: BlobStore, request: FastifyRequest): Promise<{ upload_id: string; etag: string; part_number: number }> {
  const keys: string[] = [];
  try {
    const { fields, files } = await readMultipart(request, async (part) => {
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw invalid({ [part.fieldname]: 'Unexpected file; send the chunk as "file".' });
      }
      const key = newBlobKey('video-chunks');
      keys.push(key);
      const { size } = await blobs.put(key, part.file, { contentType: 'application/octet-stream' });
      if (part.file.truncated || size > MAX_PART) throw invalid({ file: `A chunk may be at most ${MAX_PART / 1024 / 1024} MB.` });
      if (!size) throw invalid({ file: 'The chunk is empty.' });
      return { key, size };
    });
    if (!files.length) throw invalid({ file: 'This field is required.' });
    const partNumber = Number(formText(fields, 'part_number'));
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PARTS) throw invalid({ part_number: `A whole number from 1 to ${MAX_PARTS}.` });
    const screeningId = await linkedRecordId(pool, 'personality_screenings', formText(fields, 'video_id') ?? formText(fields, 'screening_id') ?? '');
    const uploadId = formText(fields, 'upload_id') ?? randomBytes(16).toString('hex');
    const etag = randomBytes(8).toString('hex');
    const part: Part = { part_number: partNumber, key: files[0].key, size: files[0].size, etag };
    const replaced = await withTransaction(pool, async (client) => {
      await openScreening(client, screeningId);
      const { rows } = await client.query<{ screening_id: number; parts: Part[] }>('SELECT screening_id, parts FROM video_uploads WHERE id = $1 FOR UPDATE', [uploadId]);
      if (rows[0] && rows[0].screening_id !== screeningId) throw invalid({ upload_id: 'Belongs to another interview.' });
      if (!rows[0] && formText(fields, 'upload_id')) throw invalid({ upload_id: 'Unknown upload; omit it to start a new one.' });
      const others = (rows[0]?.parts ?? []).filter((p) => p.part_number !== partNumber);
      const old = (rows[0]?.parts ?? []).filter((p) => p.part_number === partNumber).map((p) => p.key);
      await client.query(
        `INSERT INTO video_uploads (id, screening_id, parts) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET parts = EXCLUDED.parts, updated_at = now()`,
        [uploadId, screeningId, JSON.stringify([...others, part])],
      );
      return old;
    });
    await discardBlobs(blobs, replaced);
    return { upload_id: uploadId, etag, part_number: partNumber };
  } catch (error) {
    await discardBlobs(blobs, keys);
    throw error;
  }
}

/** The parts' bytes in order, read lazily: an error reaches whoever consumes the stream. */
function joinedParts(blobs: BlobStore, parts: Part[]): Readable {
  return Readable.from(
    (async function* () {
      for (const part of parts) yield* (await blobs.get(part.key)).stream;
    })(),
  );
}

/** The upload's parts in order, locked with its interview, when they may complete an answer to the question. */
async function readyParts(client: pg.PoolClient, screeningId: number, uploadId: string, questionId: number): Promise<Part[]> {
  // The interview first, then the upload: the order upload-chunk locks them in.
  const screening = await openScreening(client, screeningId);
  const { rows } = await client.query<{ parts: Part[] }>('SELECT parts FROM video_uploads WHERE id = $1 AND screening_id = $2 FOR UPDATE', [uploadId, screening.id]);
  if (!rows[0]) throw notFound();
  const parts = [...rows[0].parts].sort((a, b) => a.part_number - b.part_number);
  if (parts.some((p, i) => p.part_number !== i + 1)) throw invalid({ upload_id: 'Parts are missing; upload every part from 1 up.' });
  if (screening.completed) throw invalid({ upload_id: 'This interview is already completed.' });
  assertAsks(screening, questionId);
  return parts;
}

const partsChanged = () =>
  new HttpError(409, { upload_id: ['A part was sent again while the video was joined; complete the upload again.'] });

/**
 * Joins the parts into one video (streamed, never whole in memory) and attaches it to the answer.
 * The join holds no lock and no database connection: other writes to the interview go on, and the
 * answer is saved only if the upload still has the parts joined. A second completion of the same
 * upload finds it gone (404); a part re-sent meanwhile makes this one a 409.
 */
export async function completeChunkedUpload(pool: pg.Pool, blobs: BlobStore, uploadId: string, questionId: number): Promise<{ answer: number }> {
  let video: StoredUpload | undefined;
  try {
    const { rows: found } = await pool.query<{ screening_id: number }>('SELECT screening_id FROM video_uploads WHERE id = $1', [uploadId]);
    if (!found[0]) throw notFound();
    const ready = (client: pg.PoolClient) => readyParts(client, found[0].screening_id, uploadId, questionId);
    const parts = await withTransaction(pool, ready);
    const unchanged = (now: Part[]) => now.length === parts.length && now.every((p, i) => p.key === parts[i].key);
    video = await storeUpload(blobs, { fieldname: 'file', file: joinedParts(blobs, parts) }, 'intro_video').catch(async (error) => {
      // A part replaced during the join is deleted under it: the join's error is then a conflict.
      if (!unchanged(await withTransaction(pool, ready))) throw partsChanged();
      throw error;
    });
    const key = video.key;
    const answer = await withTransaction(pool, async (client) => {
      if (!unchanged(await ready(client))) throw partsChanged();
      const { rows: saved } = await client.query<{ id: number; old: string | null }>(
        `WITH old AS (SELECT video_file FROM screening_answers WHERE screening_id = $1 AND question_id = $2)
         INSERT INTO screening_answers (screening_id, question_id, video_file, submitted_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (screening_id, question_id) DO UPDATE SET video_file = EXCLUDED.video_file, submitted_at = now(), updated_at = now()
         RETURNING id, (SELECT video_file FROM old) AS old`,
        [found[0].screening_id, questionId, key],
      );
      await client.query('DELETE FROM video_uploads WHERE id = $1', [uploadId]);
      return saved[0];
    });
    await discardBlobs(blobs, [...parts.map((p) => p.key), ...(answer.old ? [answer.old] : [])]);
    return { answer: answer.id };
  } catch (error) {
    if (video) await discardBlobs(blobs, [video.key]);
    throw error;
  }
}
