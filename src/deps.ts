import type pg from 'pg';
import type { TokenKeys } from './accounts/tokens.ts';
import type { Config } from './config.ts';
import type { BlobStore } from './storage/blob-store.ts';

/** What route plugins need: the pool, the configuration, the token keys and the file store. */
export interface RouteDeps {
  pool: pg.Pool;
  config: Config;
  keys: TokenKeys;
  blobs: BlobStore;
}
