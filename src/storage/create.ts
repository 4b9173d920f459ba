// STORAGE_URL -> a BlobStore: unset -> DATA_DIR/blobs; file:///path; or
// s3://bucket[/prefix]?endpoint=http://127.0.0.1:4569&region=us-east-1[&access_key_id=…&secret_access_key=…]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { FsBlobStore } from './fs-store.ts';
import { S3BlobStore, type S3StoreOptions } from './s3-store.ts';

type StorageConfig = Pick<Config, 'dataDir' | 'storageUrl' | 'storageAccessKeyId' | 'storageSecretAccessKey'>;

function s3Options(config: StorageConfig): S3StoreOptions {
  const url = new URL(config.storageUrl ?? '');
  if (!url.hostname) throw new ConfigError('STORAGE_URL must name a bucket: s3://bucket');
  const query = url.searchParams;
  const accessKeyId = query.get('access_key_id') ?? config.storageAccessKeyId;
  const secretAccessKey = query.get('secret_access_key') ?? config.storageSecretAccessKey;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError('STORAGE_URL needs both an access key id and a secret access key, or neither');
  }
  const endpoint = query.get('endpoint') ?? undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) throw new ConfigError('STORAGE_URL endpoint must be an http(s) URL');
  const prefix = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  return {
    bucket: url.hostname,
    endpoint,
    region: query.get('region') ?? undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    tmpDir: join(config.dataDir, 'tmp'),
  };
}

export function createBlobStore(config: StorageConfig): BlobStore {
  if (!config.storageUrl) return new FsBlobStore(join(config.dataDir, 'blobs'));
  const url = new URL(config.storageUrl);
  if (url.protocol === 'file:') return new FsBlobStore(fileURLToPath(url));
  return new S3BlobStore(s3Options(config));
}
