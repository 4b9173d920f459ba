import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempFile {
  path: string;
  remove(): Promise<void>;
}

export async function tempFile(dir: string, prefix = 'spool'): Promise<TempFile> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${prefix}-${randomBytes(12).toString('hex')}.tmp`);
  return { path, remove: () => rm(path, { force: true }) };
}

/**
 * Resolves once a file stream has closed. A pipeline that fails early destroys the stream
 * while its file is still being opened; removing the file before this would race the open.
 */
export function fileClosed(out: WriteStream): Promise<void> {
  return out.closed ? Promise.resolve() : new Promise((resolve) => out.once('close', () => resolve()));
}

export interface SpoolOptions {
  /** A transform the bytes pass through on their way to the file (one that measures them, say). */
  through?: Transform;
  prefix?: string;
}

/** The error for a stream that was destroyed before it could be read (whoever destroyed it did not say why). */
function streamClosedError(): Error {
  return Object.assign(new Error('The stream was closed before it could be read.'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/**
 * Throws when `stream` was destroyed before anyone read it: @fastify/multipart does that to the
 * file part it is streaming when the form breaks a limit, after pushing the part's end, and
 * pipeline() over a stream in that state never settles on Node 20. So it is checked before one
 * is built.
 */
function assertReadable(stream: Readable): void {
  if (stream.destroyed) throw stream.errored ?? streamClosedError();
}

/** Writes the stream to a new temp file in `dir`; the file is removed if writing fails. */
export async function spool(dir: string, stream: Readable, { through, prefix }: SpoolOptions = {}): Promise<TempFile & { size: number }> {
  assertReadable(stream);
  const file = await tempFile(dir, prefix);
  // The stream may have been destroyed while the directory was made; from here to pipeline()
  // nothing awaits, so a later destroy is seen by the pipeline as a premature close.
  assertReadable(stream);
  const out = createWriteStream(file.path, { mode: 0o600 });
  try {
    await (through ? pipeline(stream, through, out) : pipeline(stream, out));
  } catch (error) {
    await fileClosed(out);
    await file.remove();
    throw error;
  }
  return { ...file, size: out.bytesWritten };
}
