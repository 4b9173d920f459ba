import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { parseWithProvider } from '../../src/llm/index.ts';
import { parseResumeJob } from '../../src/resumes/parse-resume.ts';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const RESUME_TEXT = 'Jane Roe\njane.roe@example.com\nEXPERIENCE\nSoftware Engineer\nAcme Corp\nJan 2019 - Present\n';

const MODEL_RESUME = {
  name: 'Jane Roe (model)',
  emails: ['jane.roe@example.com'],
  phoneNumbers: [],
  websites: [],
  addresses: { city: 'Pune', state: 'Maharashtra' },
  summary: '',
  skills: [{ name: 'TypeScript' }],
  workExperience: [{ company: 'Acme Corp', position: 'Software Engineer', startDate: '2019-01-01', endDate: 'Present', description: '' }],
  education: [],
  projects: [],
  certifications: [],
  dateOfBirth: '',
};

type Handler = (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = () => {};
let server: Server;
let baseUrl = '';
const seen: Array<{ url?: string; auth?: string; body: Record<string, unknown> }> = [];

before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push({ url: req.url, auth: req.headers.authorization, body });
      handler(body, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function reply(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

const options = () => ({ baseUrl, apiKey: 'test-key', model: 'test-model', timeoutMs: 500, inputCostPerMillion: 0.15, outputCostPerMillion: 0.6 });

test('without options the local engine parses, at no cost', async () => {
  const r = await parseWithProvider(RESUME_TEXT, undefined);
  assert.equal(r.provider, 'local');
  assert.equal(r.resume.name, 'Jane Roe');
  assert.deepEqual([r.input_tokens, r.output_tokens, r.total_tokens, r.cost], [0, 0, 0, '0.0000']);
});

test('the model answer is used, with token counts and cost', async () => {
  handler = (_body, _req, res) =>
    reply(res, 200, {
      choices: [{ message: { role: 'assistant', content: JSON.stringify(MODEL_RESUME) } }],
      usage: { prompt_tokens: 3878, completion_tokens: 1577, total_tokens: 5455 },
    });
  const r = await parseWithProvider(RESUME_TEXT, options());
  assert.equal(r.provider, 'llm');
  assert.equal(r.resume.name, 'Jane Roe (model)');
  assert.equal(r.resume.workExperience[0].company, 'Acme Corp');
  assert.deepEqual([r.input_tokens, r.output_tokens, r.total_tokens], [3878, 1577, 5455]);
  assert.equal(r.cost, ((3878 * 0.15 + 1577 * 0.6) / 1e6).toFixed(4));
  const last = seen[seen.length - 1];
  assert.equal(last.url, '/v1/chat/completions');
  assert.equal(last.auth, 'Bearer test-key');
  assert.equal(last.body.model, 'test-model');
  const format = last.body.response_format as { type: string; json_schema: { strict: boolean; schema: { required: string[] } } };
  assert.equal(format.type, 'json_schema');
  assert.equal(format.json_schema.strict, true);
  assert.ok(format.json_schema.schema.required.includes('workExperience'));
});

test('an HTTP error falls back to the local engine', async () => {
  handler = (_body, _req, res) => reply(res, 500, { error: { message: 'boom' } });
  const r = await parseWithProvider(RESUME_TEXT, options());
  assert.equal(r.provider, 'local');
  assert.equal(r.resume.name, 'Jane Roe');
  assert.equal(r.cost, '0.0000');
  assert.match(r.fallback_reason ?? '', /HTTP 500/);
});

test('a reply that is not JSON falls back without quoting the reply; the tokens it took are counted all the same', async () => {
  handler = (_body, _req, res) => reply(res, 200, { choices: [{ message: { content: 'Jane Roe, not json' } }], usage: { prompt_tokens: 3878, completion_tokens: 12 } });
  const r = await parseWithProvider(RESUME_TEXT, options());
  assert.equal(r.provider, 'local');
  assert.equal(r.fallback_reason, 'model reply is not valid JSON');
  assert.deepEqual([r.input_tokens, r.output_tokens, r.total_tokens, r.cost], [3878, 12, 3890, ((3878 * 0.15 + 12 * 0.6) / 1e6).toFixed(4)]);
});

test('a slow model times out and falls back', async () => {
  handler = (_body, _req, res) => {
    setTimeout(() => reply(res, 200, { choices: [{ message: { content: JSON.stringify(MODEL_RESUME) } }] }), 2000);
  };
  const t0 = Date.now();
  const r = await parseWithProvider(RESUME_TEXT, { ...options(), timeoutMs: 200 });
  assert.equal(r.provider, 'local');
  assert.equal(r.fallback_reason, 'timeout');
  assert.ok(Date.now() - t0 < 1500);
});

test('an unreachable server falls back', async () => {
  const r = await parseWithProvider(RESUME_TEXT, { ...options(), baseUrl: 'http://127.0.0.1:1/v1' });
  assert.equal(r.provider, 'local');
  assert.equal(r.resume.emails[0], 'jane.roe@example.com');
  assert.equal(r.fallback_reason, 'model API unreachable');
});

test('an answer that is not JSON at all falls back without quoting it', async () => {
  handler = (_body, _req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('Jane Roe, jane.roe@example.com');
  };
  const r = await parseWithProvider(RESUME_TEXT, options());
  assert.equal(r.provider, 'local');
  assert.equal(r.fallback_reason, 'model reply is not valid JSON');
});

describe('the parse job with a model provider configured', async () => {
  const ctx = await testApp();
  const org = await newOrganisation(ctx);
  const job = await newJob(org.admin.api, { title: 'Backend Engineer', description: 'Node.js, TypeScript and PostgreSQL.' });
  const parse = async (email: string) => {
    const created = await newApplication(ctx.app, job, { email });
    const resumeId = created.resumes[0].id;
    await parseResumeJob(ctx.pool, ctx.blobs, { llm: options() }, { resumeId, upload: 1 });
    const { rows } = await ctx.pool.query(
      `SELECT r.name, r.resume_json->>'name' AS parsed_name, r.input_tokens, r.output_tokens, r.total_tokens, r.cost::text, r.completed, e.details
       FROM resumes r JOIN candidate_stage_events e ON e.candidate_id = r.candidate_id AND e.job_id = r.job_id AND e.action = 'completed'
       WHERE r.id = $1`,
      [resumeId],
    );
    return rows[0];
  };

  test("records the model's token counts and cost on the resume", async () => {
    handler = (_body, _req, res) =>
      reply(res, 200, { choices: [{ message: { content: JSON.stringify(MODEL_RESUME) } }], usage: { prompt_tokens: 3878, completion_tokens: 1577, total_tokens: 5455 } });
    const row = await parse('model@mail.example');
    assert.equal(row.parsed_name, 'Jane Roe (model)');
    assert.deepEqual([row.input_tokens, row.output_tokens, row.total_tokens, row.cost, row.completed], [3878, 1577, 5455, '0.0015', true]);
    assert.equal(row.details.provider, 'llm');
    assert.equal(row.details.fallback_reason, undefined);
  });

  test('a failing model leaves a parsed resume at no cost, and the stage event says why', async () => {
    handler = (_body, _req, res) => reply(res, 503, { error: { message: 'overloaded' } });
    const row = await parse('fallback@mail.example');
    assert.equal(row.parsed_name, 'Casey Candidate');
    assert.deepEqual([row.input_tokens, row.output_tokens, row.total_tokens, row.cost, row.completed], [0, 0, 0, '0.0000', true]);
    assert.equal(row.details.provider, 'local');
    assert.equal(row.details.fallback_reason, 'model API answered HTTP 503');
  });
});
