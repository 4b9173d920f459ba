import { buffer } from 'node:stream/consumers';
import { detectKind, type FileKind } from '../engine/index.ts';
import type { BlobStore } from '../storage/blob-store.ts';

/** A stored resume's bytes (resumes are at most a few MB, and the PDF reader needs them whole). */
export async function readBlob(blobs: BlobStore, key: string): Promise<Uint8Array> {
  const { stream } = await blobs.get(key);
  return new Uint8Array(await buffer(stream));
}

/** The engine's file kind from the stored content type, or from the bytes when it is unknown. */
export function fileKindOf(contentType: string | null, bytes: Uint8Array): FileKind {
  if (contentType?.startsWith('application/pdf')) return 'pdf';
  if (contentType?.includes('wordprocessingml')) return 'docx';
  if (contentType?.startsWith('text/')) return 'text';
  return detectKind(bytes);
}
