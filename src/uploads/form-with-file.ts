// A multipart form carrying one file in a named field (a profile photo, a logo) beside text
// fields: the file is stored as it streams in, and deleted again when the form is refused.
import type { FastifyRequest } from 'fastify';
import { type FormFields, readMultipart } from '../http/multipart.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { UploadKind } from './kinds.ts';
import { discardBlobs, storeUpload } from './store-upload.ts';

export interface FormWithFile {
  fields: FormFields;
  /** The stored file's blob key, when one was sent. */
  key: string | undefined;
  /** A file sent in any other field, by that field's name. */
  errors: Record<string, string | string[]>;
}

/** `finish` checks the form and gives the result; when it (or reading) throws, the stored file is deleted. */
export async function readFormWithFile<T>(
  request: FastifyRequest,
  blobs: BlobStore,
  file: { field: string; kind: UploadKind; noun: string },
  finish: (form: FormWithFile) => T,
): Promise<T> {
  const stored: string[] = [];
  const errors: Record<string, string | string[]> = {};
  try {
    const { fields } = await readMultipart(request, async (part) => {
      if (part.fieldname !== file.field) {
        part.file.resume();
        errors[part.fieldname] = `Unknown file field: send the ${file.noun} as ${file.field}.`;
        return;
      }
      stored.push((await storeUpload(blobs, part, file.kind)).key);
    });
    return finish({ fields, key: stored[0], errors });
  } catch (error) {
    await discardBlobs(blobs, stored);
    throw error;
  }
}
