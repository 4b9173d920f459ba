// Receives one uploaded file into the BlobStore. The bytes are measured and checked while they
// stream into a temp file, so a bad upload is refused before anything reaches the store, and
// nothing is ever held whole in memory.
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import type { BlobStore } from '../storage/blob-store.ts';
import { newBlobKey } from '../storage/keys.ts';
import { spool } from '../storage/temp-file.ts';
import { isDocx } from './docx-check.ts';
import { KINDS, type StoredType, TEXT, type UploadKind } from './kinds.ts';
import { TooLargeError, UploadMeter } from './meter.ts';
import { pdfProblem } from './pdf-check.ts';
import { rejectCorrupt, rejectEmpty, rejectEncrypted, rejectTooLarge, rejectType } from './rejections.ts';
import { sniffExtension } from './sniff.ts';

export interface UploadPart {
  fieldname: string;
  /** @fastify/multipart sets `truncated` when its own fileSize limit cut the stream. */
  file: Readable & { truncated?: boolean };
}

export interface StoreUploadOptions {
  /** Overrides the kind's default limit (a job's max_resume_size). */
  maxBytes?: number;
  /** Where the upload is spooled while it is checked; the OS temp directory by default. */
  tmpDir?: string;
}

export interface StoredUpload {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
  extension: string;
}

const FILE_TOO_LARGE = 'FST_REQ_FILE_TOO_LARGE';

export async function storeUpload(store: BlobStore, part: UploadPart, kind: UploadKind, options: StoreUploadOptions = {}): Promise<StoredUpload> {
  const rule = KINDS[kind];
  const field = part.fieldname;
  const maxBytes = options.maxBytes ?? rule.maxBytes;
  let sniffed: string | undefined;
  const meter = new UploadMeter(maxBytes, async (head, progress) => {
    sniffed = await sniffExtension(head);
    const couldBeText = sniffed === undefined && progress.isText && 'txt' in rule.types;
    if (head.length && !couldBeText && !(sniffed && sniffed in rule.types)) throw rejectType(field, rule.label);
  });

  const temp = await spool(options.tmpDir ?? tmpdir(), part.file, { through: meter, prefix: 'upload' }).catch((error) => {
    if (error instanceof TooLargeError || (error as { code?: string }).code === FILE_TOO_LARGE) throw rejectTooLarge(field, maxBytes);
    throw error;
  });
  try {
    if (part.file.truncated) throw rejectTooLarge(field, maxBytes);
    if (meter.size === 0) throw rejectEmpty(field);
    const type = await checkedType(sniffed, meter, temp.path, kind, field);
    const key = newBlobKey(rule.keyPrefix);
    try {
      await store.put(key, createReadStream(temp.path), { contentType: type.contentType, size: meter.size });
    } catch (error) {
      await store.delete(key).catch(() => {});
      throw error;
    }
    return { key, size: meter.size, sha256: meter.digest(), ...type };
  } finally {
    await temp.remove();
  }
}

async function checkedType(sniffed: string | undefined, meter: UploadMeter, path: string, kind: UploadKind, field: string): Promise<StoredType> {
  const rule = KINDS[kind];
  if (sniffed === undefined) {
    if (meter.isText && 'txt' in rule.types) return TEXT;
    throw rejectType(field, rule.label);
  }
  if (sniffed === 'pdf') {
    const problem = pdfProblem(meter.head, meter.tail);
    if (problem === 'encrypted') throw rejectEncrypted(field);
    if (problem) throw rejectCorrupt(field);
  }
  if (rule.types[sniffed].extension === 'docx' && !(await isDocx(path))) {
    throw sniffed === 'zip' ? rejectType(field, rule.label) : rejectCorrupt(field);
  }
  return rule.types[sniffed];
}

/** Deletes blobs after a failed transaction; returns the keys it could not delete (for a delete-blobs job). */
export async function discardBlobs(store: BlobStore, keys: string[]): Promise<string[]> {
  const results = await Promise.allSettled(keys.map((key) => store.delete(key)));
  return keys.filter((_, i) => results[i].status === 'rejected');
}
