import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { TokenKeys } from './accounts/tokens.ts';
import type { Config } from './config.ts';
import type { SessionCache } from './http/auth.ts';
import type { BlobStore } from './storage/blob-store.ts';

/**
 * What route plugins need: the pool, the configuration, the token keys, the cache of
 * authenticated sessions, the file store and the job queue.
 */
export interface RouteDeps {
  pool: pg.Pool;
  config: Config;
  keys: TokenKeys;
  sessions: SessionCache;
  blobs: BlobStore;
  queue: PgBoss;
}
