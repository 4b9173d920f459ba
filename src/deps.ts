import type pg from 'pg';
import type { TokenKeys } from './accounts/tokens.ts';
import type { Config } from './config.ts';

/** What route plugins need: the pool, the configuration and the token keys. */
export interface RouteDeps {
  pool: pg.Pool;
  config: Config;
  keys: TokenKeys;
}
