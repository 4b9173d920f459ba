// Where uploaded files live: the filesystem (default) or an S3 bucket, behind one interface.
import type { Readable } from 'node:stream';

export interface PutOptions {
  contentType: string;
  /** The exact length when known; lets the S3 store stream without spooling to a temp file. */
  size?: number;
}

export interface UrlOptions {
  expiresInSeconds: number;
  /** The name the browser saves the download as. */
  filename?: string;
}

export interface StoredBlob {
  stream: Readable;
  size: number;
  contentType: string;
}

export interface BlobStore {
  put(key: string, stream: Readable, options: PutOptions): Promise<{ size: number }>;
  /** Throws BlobNotFoundError when the key does not exist. */
  get(key: string): Promise<StoredBlob>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** A presigned GET URL, or null when the API itself serves the blob behind authorisation. */
  url?(key: string, options: UrlOptions): Promise<string | null>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super('Blob not found');
  }
}

// Segments of letters, digits, '-' and '_': no dots, so no path traversal and no clash with
// the filesystem store's side files.
const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

export function assertValidKey(key: string): void {
  if (!KEY.test(key) || key.length > 512) throw new Error(`Invalid blob key "${key}"`);
}
