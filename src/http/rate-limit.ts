import type { Config } from '../config.ts';

/**
 * The limit on public routes a client could abuse (sign-in, password reset, public answers):
 * LOGIN_RATE_LIMIT calls a minute per client address (see TRUST_PROXY for clients behind a proxy).
 */
export const perClientLimit = (config: Config) => ({ max: config.loginRateLimit, timeWindow: '1 minute' });
