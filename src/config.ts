// Every environment variable Shortlist reads, parsed and checked in one place.
// A bad value stops start-up with a message that names the variable.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import type { LlmOptions } from './llm/provider.ts';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: string;
  publicUrl: string | undefined;
  storageUrl: string | undefined;
  /** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY for an s3:// STORAGE_URL (the URL's query may carry them instead). */
  storageAccessKeyId: string | undefined;
  storageSecretAccessKey: string | undefined;
  jobRetryLimit: number;
  jobRetryDelaySeconds: number;
  jobTimeoutSeconds: number;
  workerConcurrency: number;
  maxPageSize: number;
  fileUrlTtlSeconds: number;
  /** How long a cached read may be served (0: no response cache). */
  responseCacheMs: number;
  loginRateLimit: number;
  /**
   * Which proxies' X-Forwarded-For/-Proto/-Host to believe (Fastify's trustProxy): none by default,
   * since a client could otherwise pick its own address and escape the rate limits.
   */
  trustProxy: boolean | string[];
  /** Origins whose pages may call the API from the browser (CORS); none when the client is served from the API's origin. */
  corsOrigins: string[] | '*' | undefined;
  llm: LlmOptions | undefined;
  /** SMTP_URL (smtp:// or smtps://, credentials in the URL); without it e-mail is written to DATA_DIR/outbox as .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** E-mails to candidates an organisation may send in 24 hours (MAIL_DAILY_LIMIT). */
  mailDailyLimit: number;
  /** The web client's address, for the links e-mails carry (password reset). */
  appUrl: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "1800", "30m", "7d" -> seconds. */
function duration(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's'] : 0;
  if (!seconds) throw new ConfigError(`${name} must be a positive duration such as 1800, 30m, 12h or 7d, got "${raw}"`);
  return seconds;
}

/** A price or other amount of at least 0; undefined when unset. */
function amount(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(`${name} must be a number of at least 0, got "${raw}"`);
  return value;
}

/** The optional model provider, or undefined without LLM_BASE_URL. Unset options keep the provider's defaults. */
function llmOptions(env: Env): LlmOptions | undefined {
  const baseUrl = url(env, 'LLM_BASE_URL', ['http:', 'https:']);
  if (!baseUrl) return undefined;
  if (!env.LLM_MODEL) throw new ConfigError('LLM_MODEL is required when LLM_BASE_URL is set');
  const timeout = env.LLM_TIMEOUT ? duration(env, 'LLM_TIMEOUT', 30) : undefined;
  const inputCost = amount(env, 'LLM_INPUT_COST');
  const outputCost = amount(env, 'LLM_OUTPUT_COST');
  return {
    baseUrl,
    apiKey: env.LLM_API_KEY ?? '',
    model: env.LLM_MODEL,
    ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
    ...(inputCost !== undefined && { inputCostPerMillion: inputCost }),
    ...(outputCost !== undefined && { outputCostPerMillion: outputCost }),
  };
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/**
 * Addresses and CIDR ranges of the proxies in front ("10.0.0.0/8,127.0.0.1"), or "true". No hop
 * counts: Fastify cannot check the peer with one, and reads it as trusting no proxy at all.
 */
function trustProxy(env: Env): boolean | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw.split(',').map((part) => {
    const [address, bits, extra] = part.trim().split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) >= 1 && Number(bits) <= maxBits))) {
      throw new ConfigError(`TRUST_PROXY must be the proxies' addresses or CIDR ranges (from /1) separated by commas, or true, got "${part.trim()}"`);
    }
    return part.trim();
  });
}

/** SMTP_URL, whose user and password must decode (a bare "%" is written "%25"). */
function smtpUrl(env: Env): string | undefined {
  const value = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (!value) return undefined;
  const { username, password } = new URL(value);
  try {
    decodeURIComponent(username);
    decodeURIComponent(password);
  } catch {
    throw new ConfigError('SMTP_URL has a user or password that does not decode: write % as %25');
  }
  return value;
}

/** "*" or a comma-separated list of origins ("https://app.example.com"). */
function origins(env: Env, name: string): string[] | '*' | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (raw === '*') return '*';
  return raw.split(',').map((part) => {
    const origin = part.trim().replace(/\/$/, '');
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`${name} must be * or origins such as https://app.example.com separated by commas, got "${part.trim()}"`);
    }
    return origin;
  });
}

/** The embedded mode keeps a generated secret in DATA_DIR so tokens survive restarts. */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): Config {
  const dataDir = resolve(env.DATA_DIR || 'data');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret) {
    if (databaseUrl) throw new ConfigError('JWT_SECRET is required when DATABASE_URL is set (every server must share it)');
    jwtSecret = embeddedSecret(dataDir);
  }

  const jobTimeoutSeconds = duration(env, 'JOB_TIMEOUT', 5 * 60);
  if (jobTimeoutSeconds >= 86400) throw new ConfigError('JOB_TIMEOUT must be shorter than 24h');

  const port = integer(env, 'PORT', 8000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    dataDir,
    jwtSecret,
    accessTokenTtlSeconds: duration(env, 'ACCESS_TOKEN_TTL', 30 * 60),
    refreshTokenTtlSeconds: duration(env, 'REFRESH_TOKEN_TTL', 7 * 86400),
    logLevel,
    publicUrl,
    storageUrl: url(env, 'STORAGE_URL', ['s3:', 'file:']),
    storageAccessKeyId: env.AWS_ACCESS_KEY_ID || undefined,
    storageSecretAccessKey: env.AWS_SECRET_ACCESS_KEY || undefined,
    // Retries after the first attempt: 3 attempts in all by default.
    jobRetryLimit: integer(env, 'JOB_RETRY_LIMIT', 2, 0, 100),
    jobRetryDelaySeconds: duration(env, 'JOB_RETRY_DELAY', 5),
    jobTimeoutSeconds,
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 2, 1, 64),
    maxPageSize: integer(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    fileUrlTtlSeconds: duration(env, 'FILE_URL_TTL', 3600),
    responseCacheMs: integer(env, 'RESPONSE_CACHE_MS', 2000, 0, 60_000),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 20, 1, 1_000_000),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: trustProxy(env),
    llm: llmOptions(env),
    smtpUrl: smtpUrl(env),
    mailFrom: env.MAIL_FROM || 'Shortlist <no-reply@localhost>',
    mailDailyLimit: integer(env, 'MAIL_DAILY_LIMIT', 500, 0, 1_000_000),
    appUrl: (url(env, 'APP_URL', ['http:', 'https:']) ?? publicUrl ?? `http://localhost:${port}`).replace(/\/$/, ''),
  };
}
