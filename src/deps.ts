import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { TokenKeys } from './accounts/tokens.ts';
import type { Config } from './config.ts';
import type { BlobStore } from './storage/blob-store.ts';

/** What route plugins need: the pools, the configuration, the token keys, the file store and the job queue. */
export interface RouteDeps {
  pool: pg.Pool;
  /** See Database.genericPlanPool. */
  genericPlanPool: pg.Pool;
  config: Config;
  keys: TokenKeys;
  blobs: BlobStore;
  queue: PgBoss;
}
