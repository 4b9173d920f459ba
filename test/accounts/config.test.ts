import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'shortlist-config-'));

test('defaults: port 8000, 30-minute access tokens, a generated secret kept in DATA_DIR', () => {
  const dataDir = dir();
  const config = loadConfig({ DATA_DIR: dataDir });
  assert.equal(config.port, 8000);
  assert.equal(config.accessTokenTtlSeconds, 1800);
  assert.equal(config.jwtSecret, readFileSync(join(dataDir, 'jwt-secret'), 'utf8'));
  assert.equal(loadConfig({ DATA_DIR: dataDir }).jwtSecret, config.jwtSecret);
});

test('a bad value stops start-up naming the variable', () => {
  const cases: Record<string, string>[] = [
    { PORT: 'eighty' },
    { PORT: '70000' },
    { ACCESS_TOKEN_TTL: '-5' },
    { LOG_LEVEL: 'loud' },
    { DATABASE_URL: 'mysql://x' },
    { JWT_SECRET: 'short' },
    { RESPONSE_CACHE_MS: '-1' },
    { RESPONSE_CACHE_MS: 'forever' },
    { CORS_ORIGINS: 'app.example.com' },
    { CORS_ORIGINS: 'https://app.example.com/app' },
    { CORS_ORIGINS: 'https://a.example.com, ftp://b.example.com' },
    { TRUST_PROXY: 'the load balancer' },
    { TRUST_PROXY: '10.0.0.0/33' },
    { TRUST_PROXY: '0.0.0.0/0' },
    { TRUST_PROXY: '2' },
    { SMTP_URL: 'smtp://user:50%off@mail.example.com' },
    { SMTP_URL: 'http://mail.example.com' },
    { MAIL_DAILY_LIMIT: 'lots' },
  ];
  for (const env of cases) {
    const name = Object.keys(env)[0];
    assert.throws(() => loadConfig({ DATA_DIR: dir(), ...env }), (e: Error) => e instanceof ConfigError && e.message.includes(name), name);
  }
});

test('with DATABASE_URL, JWT_SECRET is required', () => {
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/shortlist' }), /JWT_SECRET/);
  const ok = loadConfig({ DATABASE_URL: 'postgres://u:p@db/shortlist', JWT_SECRET: 'x'.repeat(40) });
  assert.equal(ok.databaseUrl, 'postgres://u:p@db/shortlist');
});

test("the model's timeout and prices, for the cost recorded on each resume", () => {
  const base = { DATA_DIR: dir(), LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' };
  const llm = loadConfig({ ...base, LLM_TIMEOUT: '45s', LLM_INPUT_COST: '0.15', LLM_OUTPUT_COST: '0.6' }).llm;
  assert.equal(llm?.timeoutMs, 45_000);
  assert.equal(llm?.inputCostPerMillion, 0.15);
  assert.equal(llm?.outputCostPerMillion, 0.6);
  for (const bad of [{ LLM_INPUT_COST: '-1' }, { LLM_OUTPUT_COST: 'free' }, { LLM_TIMEOUT: 'soon' }]) {
    const name = Object.keys(bad)[0];
    assert.throws(() => loadConfig({ ...base, ...bad }), (e: Error) => e instanceof ConfigError && e.message.includes(name), name);
  }
});

test('CORS_ORIGINS: none by default, * or a list of origins (a trailing slash is forgiven)', () => {
  assert.equal(loadConfig({ DATA_DIR: dir() }).corsOrigins, undefined);
  assert.equal(loadConfig({ DATA_DIR: dir(), CORS_ORIGINS: '*' }).corsOrigins, '*');
  assert.deepEqual(loadConfig({ DATA_DIR: dir(), CORS_ORIGINS: 'https://app.example.com/, http://localhost:3000' }).corsOrigins, ['https://app.example.com', 'http://localhost:3000']);
});

test('durations accept units', () => {
  assert.equal(loadConfig({ DATA_DIR: dir(), ACCESS_TOKEN_TTL: '15m', REFRESH_TOKEN_TTL: '7d' }).refreshTokenTtlSeconds, 604800);
});

test('the optional model provider needs LLM_MODEL with LLM_BASE_URL', () => {
  assert.throws(() => loadConfig({ DATA_DIR: dir(), LLM_BASE_URL: 'http://127.0.0.1:9/v1' }), /LLM_MODEL/);
  assert.equal(loadConfig({ DATA_DIR: dir() }).llm, undefined);
  assert.deepEqual(loadConfig({ DATA_DIR: dir(), LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_API_KEY: 'k', LLM_MODEL: 'm' }).llm, {
    baseUrl: 'http://127.0.0.1:9/v1',
    apiKey: 'k',
    model: 'm',
  });
});

test('TRUST_PROXY: no proxy by default; true, or addresses and ranges', () => {
  assert.equal(loadConfig({ DATA_DIR: dir() }).trustProxy, false);
  assert.equal(loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'true' }).trustProxy, true);
  assert.deepEqual(loadConfig({ DATA_DIR: dir(), TRUST_PROXY: '10.0.0.0/8, 127.0.0.1, ::1' }).trustProxy, ['10.0.0.0/8', '127.0.0.1', '::1']);
});

test('e-mail: APP_URL for links, else PUBLIC_URL, else this machine', () => {
  assert.equal(loadConfig({ DATA_DIR: dir() }).appUrl, 'http://localhost:8000');
  assert.equal(loadConfig({ DATA_DIR: dir(), PUBLIC_URL: 'https://api.example.com/' }).appUrl, 'https://api.example.com');
  assert.equal(loadConfig({ DATA_DIR: dir(), PUBLIC_URL: 'https://api.example.com', APP_URL: 'https://app.example.com/' }).appUrl, 'https://app.example.com');
  assert.equal(loadConfig({ DATA_DIR: dir() }).mailDailyLimit, 500);
});
