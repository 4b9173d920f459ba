// A multipart form carrying files in named fields (a profile photo, a logo, a recorded answer)
// beside text fields: each file is stored as it streams in, and deleted again when the form is refused.
import type { FastifyRequest } from 'fastify';
import { type FormFields, readMultipart } from '../http/multipart.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { UploadKind } from './kinds.ts';
import { discardBlobs, storeUpload } from './store-upload.ts';

export interface FormWithFiles {
  fields: FormFields;
  /** The stored files' blob keys, by field. */
  keys: Record<string, string>;
  /** Files sent in a field not asked for, by field. */
  errors: Record<string, string | string[]>;
}

export interface FileFields {
  /** The kind of upload each file field takes. */
  kinds: Record<string, UploadKind>;
  /** What to do instead of sending a file in any other field ("send the logo as logo."). */
  hint: string;
}

/** `finish` checks the form and gives the result; when it (or reading) throws, the stored files are deleted. */
export async function readFormWithFiles<T>(request: FastifyRequest, blobs: BlobStore, files: FileFields, finish: (form: FormWithFiles) => T | Promise<T>): Promise<T> {
  const keys: Record<string, string> = {};
  const errors: Record<string, string | string[]> = {};
  try {
    const { fields } = await readMultipart(request, async ({ fieldname, file }) => {
      const kind = Object.hasOwn(files.kinds, fieldname) ? files.kinds[fieldname] : undefined;
      if (!kind) {
        file.resume();
        errors[fieldname] = `Unknown file field: ${files.hint}`;
        return;
      }
      keys[fieldname] = (await storeUpload(blobs, { fieldname, file }, kind)).key;
    });
    return await finish({ fields, keys, errors });
  } catch (error) {
    await discardBlobs(blobs, Object.values(keys));
    throw error;
  }
}
