// Bulk import: many resume files become applications to one job, each named and e-mailed from
// its parsed resume, through applyToJob like any other application. Idempotent by content: a
// file whose sha256 is already a resume of the job (or an earlier file of this run) is a
// duplicate, and so is a candidate e-mail that already applied.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { type ApplicationForm, keepFilesIf, normaliseEmail, RESUME_FIELD, type UploadedFile } from '../candidates/application-form.ts';
import { applyToJob } from '../candidates/apply-to-job.ts';
import { parseResume, UnreadableFile } from '../engine/index.ts';
import type { AuthUser } from '../http/auth.ts';
import { HttpError } from '../http/errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { storeUpload } from '../uploads/index.ts';
import { fileKindOf } from './read-blob.ts';
import { readResumeText } from './text-reader.ts';

export interface ImportSource {
  /** Shown in the results: a path, or archive.zip:entry/path. */
  name: string;
  open(): Readable | Buffer | Promise<Readable | Buffer>;
}

export type ImportOutcome = 'imported' | 'duplicate' | 'failed';

export interface ImportResult {
  name: string;
  outcome: ImportOutcome;
  /** Why a file is a duplicate or failed. */
  reason?: string;
}

export interface ImportSummary {
  results: ImportResult[];
  imported: number;
  duplicates: number;
  failed: number;
}

export interface ImportDeps {
  pool: pg.Pool;
  queue: PgBoss;
  blobs: BlobStore;
}

export interface ImportOptions {
  /** Called after each file. */
  onResult?: (result: ImportResult) => void;
  /** Stops before the next file when aborted. */
  signal?: AbortSignal;
}

/** The job cannot take an import at all (unknown, deleted or closed): nothing was imported. */
export class ImportJobError extends Error {}

/** A file that is skipped or refused, with the reason shown to the user. */
class Skip extends Error {
  constructor(
    readonly outcome: 'duplicate' | 'failed',
    reason: string,
  ) {
    super(reason);
  }
}

const OWNER = `SELECT u.id, u.org_id, r.name AS role, u.name, coalesce(j.close_date < now(), false) AS closed
  FROM jobs j JOIN users u ON u.id = j.owner_id JOIN roles r ON r.id = u.role_id
  WHERE j.id = $1 AND NOT j.is_deleted`;

/** The job's owner, who acts for the import (so that an unpublished job takes it too). */
async function jobOwner(pool: pg.Pool, jobId: number): Promise<AuthUser> {
  const { rows } = await pool.query<AuthUser & { closed: boolean }>(OWNER, [jobId]);
  const row = rows[0];
  if (!row) throw new ImportJobError(`No job with id ${jobId}.`);
  if (row.closed) throw new ImportJobError(`Job ${jobId} is closed and no longer accepts applications.`);
  const { closed: _closed, ...owner } = row;
  return owner;
}

async function readAll(source: ImportSource): Promise<Buffer> {
  try {
    const opened = await source.open();
    return Buffer.isBuffer(opened) ? opened : await buffer(opened);
  } catch (error) {
    throw new Skip('failed', `The file could not be read (${(error as Error).message}).`);
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function isStoredResume(pool: pg.Pool, jobId: number, hash: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM resumes WHERE job_id = $1 AND resume_sha256 = $2 LIMIT 1', [jobId, hash]);
  return Boolean(rowCount);
}

async function hasApplied(pool: pg.Pool, owner: AuthUser, jobId: number, email: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `SELECT 1 FROM resumes r JOIN candidates c ON c.id = r.candidate_id
     WHERE r.job_id = $1 AND c.org_id = $2 AND lower(c.email) = lower($3) LIMIT 1`,
    [jobId, owner.org_id, email],
  );
  return Boolean(rowCount);
}

/** The candidate's name and e-mail as the resume gives them. */
async function candidateOf(bytes: Buffer, file: UploadedFile): Promise<{ name: string; email: string }> {
  const data = new Uint8Array(bytes);
  const text = await readResumeText(data, fileKindOf(file.contentType, data)).catch((error) => {
    throw new Skip('failed', error instanceof UnreadableFile ? error.message : 'The file could not be read.');
  });
  if (!text.trim()) throw new Skip('failed', 'No text could be read from the resume (it may be a scanned image).');
  const resume = parseResume(text);
  const email = resume.emails.map(normaliseEmail).find((e) => e !== null);
  if (!email) throw new Skip('failed', 'No e-mail address found in the resume.');
  const name = resume.name.trim().slice(0, 200);
  if (!name) throw new Skip('failed', 'No name found in the resume.');
  return { name, email };
}

/** An HttpError's message: its detail, or its field messages (storeUpload's and applyToJob's refusals). */
function reasonOf(error: unknown): string {
  if (error instanceof Skip) return error.message;
  if (error instanceof HttpError) {
    if (typeof error.body.detail === 'string') return error.body.detail;
    return Object.values(error.body).flat().join(' ');
  }
  return `Unexpected error: ${(error as Error).message}`;
}

class Importer {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly deps: ImportDeps,
    private readonly jobId: number,
    private readonly owner: AuthUser,
  ) {}

  async one(source: ImportSource): Promise<void> {
    const { pool, queue, blobs } = this.deps;
    const bytes = await readAll(source);
    const hash = sha256(bytes);
    const earlier = this.seen.get(hash);
    if (earlier) throw new Skip('duplicate', `Same content as ${earlier}.`);
    this.seen.set(hash, source.name);
    if (await isStoredResume(pool, this.jobId, hash)) throw new Skip('duplicate', 'Already imported for this job.');
    const stored = await storeUpload(blobs, { fieldname: RESUME_FIELD, file: Readable.from([bytes]) }, 'resume');
    const file: UploadedFile = { field: RESUME_FIELD, filename: source.name.split(/[/\\:]/).pop() ?? source.name, ...stored };
    const form: ApplicationForm = { input: { jobId: this.jobId, appliedJobs: [], candidate: {}, resume: {} }, files: [file] };
    await keepFilesIf(blobs, form, async () => {
      const candidate = await candidateOf(bytes, file);
      // A re-application would spend one of the candidate's retries; an import never does.
      if (await hasApplied(pool, this.owner, this.jobId, candidate.email)) {
        throw new Skip('duplicate', 'This candidate has already applied to the job.');
      }
      form.input.candidate = candidate;
      // Imported by the job's owner, who gets no note of it: no e-mail allowance is needed.
      await applyToJob(pool, { queue, dailyLimit: 0 }, this.owner, form);
    });
  }
}

/** Imports each source in turn; one file's failure never stops the others. */
export async function importResumes(
  deps: ImportDeps,
  jobId: number,
  sources: AsyncIterable<ImportSource> | Iterable<ImportSource>,
  { onResult, signal }: ImportOptions = {},
): Promise<ImportSummary> {
  const importer = new Importer(deps, jobId, await jobOwner(deps.pool, jobId));
  const summary: ImportSummary = { results: [], imported: 0, duplicates: 0, failed: 0 };
  for await (const source of sources) {
    if (signal?.aborted) break;
    let result: ImportResult;
    try {
      await importer.one(source);
      result = { name: source.name, outcome: 'imported' };
      summary.imported++;
    } catch (error) {
      const outcome = error instanceof Skip ? error.outcome : 'failed';
      result = { name: source.name, outcome, reason: reasonOf(error) };
      if (outcome === 'duplicate') summary.duplicates++;
      else summary.failed++;
    }
    summary.results.push(result);
    onResult?.(result);
  }
  return summary;
}
