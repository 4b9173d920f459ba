// Blobs in an S3-compatible bucket (AWS, MinIO, R2, s3rver), addressed path-style.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertValidKey, BlobNotFoundError, type BlobStore, type PutOptions, type StoredBlob, type UrlOptions } from './blob-store.ts';
import { attachmentDisposition } from './content-disposition.ts';
import { spool } from './temp-file.ts';

export interface S3StoreOptions {
  bucket: string;
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key, e.g. "shortlist/". */
  prefix?: string;
  /** Where a stream of unknown length is spooled before upload (PutObject needs the length). */
  tmpDir: string;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

export class S3BlobStore implements BlobStore {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly tmpDir: string;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    this.tmpDir = options.tmpDir;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region ?? 'us-east-1',
      credentials: options.credentials,
      forcePathStyle: true,
      // Third-party S3 servers reject the SDK's default trailing CRC checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private objectKey(key: string): string {
    assertValidKey(key);
    return this.prefix + key;
  }

  async put(key: string, stream: Readable, { contentType, size }: PutOptions): Promise<{ size: number }> {
    const Key = this.objectKey(key);
    if (size !== undefined) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: stream, ContentLength: size, ContentType: contentType }));
      return { size };
    }
    const file = await spool(this.tmpDir, stream);
    try {
      const Body = createReadStream(file.path);
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body, ContentLength: file.size, ContentType: contentType }));
      return { size: file.size };
    } finally {
      await file.remove();
    }
  }

  async get(key: string): Promise<StoredBlob> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return {
        stream: out.Body as Readable,
        size: out.ContentLength ?? 0,
        contentType: out.ContentType ?? 'application/octet-stream',
      };
    } catch (error) {
      if (isNotFound(error)) throw new BlobNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async url(key: string, { expiresInSeconds, filename }: UrlOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ResponseContentDisposition: filename ? attachmentDisposition(filename) : undefined,
    });
    return getSignedUrl(this.client, command, { expiresIn: expiresInSeconds });
  }
}
