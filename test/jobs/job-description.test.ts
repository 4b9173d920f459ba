import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newOrganisation } from '../helpers/fixtures.ts';

// A server that speaks the chat completions protocol: `reply` decides each answer.
let reply: (body: { messages: { content: string }[]; response_format: { json_schema: { name: string } } }) => { status: number; content?: string } = () => ({ status: 500 });
const asked: string[] = [];
const schemas: string[] = [];
const model = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => {
    raw += c;
  });
  req.on('end', () => {
    const body = JSON.parse(raw);
    asked.push(body.messages[1].content);
    schemas.push(body.response_format.json_schema.name);
    const { status, content } = reply(body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { content } }], usage: { prompt_tokens: 10, completion_tokens: 20 } }));
  });
});
await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
after(() => new Promise<void>((resolve) => model.close(() => resolve())));
const baseUrl = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;

const ctx = await testApp({ LLM_BASE_URL: baseUrl, LLM_MODEL: 'writer', LLM_API_KEY: 'k', LLM_INPUT_COST: '150', LLM_OUTPUT_COST: '600' });
const org = await newOrganisation(ctx);
const participant = await org.addUser('Participant');
const ROLE = { job_title: 'Pastry Chef', must_have_skills: [{ label: 'Baking', value: 'Baking' }], employment_type: 'Full-time', min_experience: 2, max_experience: 5 };

describe('job descriptions written by the language model', () => {
  test('generate: the role goes to the model; its text comes back with escaped HTML', async () => {
    reply = () => ({ status: 200, content: JSON.stringify({ job_description: 'We bake <b>daily</b>.\n\nYou will:\n- laminate dough\n- run the oven' }) });
    const res = await org.admin.api.post('/jobs/generate-job-description/', ROLE);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.must_have_skills, ROLE.must_have_skills);
    assert.equal(res.body.job_description, 'We bake <b>daily</b>.\n\nYou will:\n- laminate dough\n- run the oven');
    assert.equal(res.body.job_desc_html, '<p>We bake &lt;b&gt;daily&lt;/b&gt;.</p>\n<p>You will:<br>- laminate dough<br>- run the oven</p>');
    assert.deepEqual(JSON.parse(asked.at(-1) as string), ROLE);
    // The web client sends the skills' labels and puts the answer back into its select, which holds {label, value}.
    const labels = await org.admin.api.post('/jobs/generate-job-description/', { ...ROLE, must_have_skills: ['Baking', ' Icing '] });
    assert.deepEqual(labels.body.must_have_skills, [{ label: 'Baking', value: 'Baking' }, { label: 'Icing', value: 'Icing' }]);
  });

  test('rewrite: the improved text, HTML lists, and recommended skills without repeats, as the select\'s {label, value}', async () => {
    reply = () => ({ status: 200, content: JSON.stringify({ enhanced_job_description: 'Join our bakery.\n\n- Bake bread\n- Train apprentices', recommended_skills: ['Sourdough', 'Sourdough', ' ', 'Food safety'] }) });
    const res = await org.admin.api.post('/jobs/rewrite-job-description/', { job_title: 'Baker', job_description: 'we need baker. bread.' });
    assert.equal(res.status, 200);
    assert.equal(schemas.at(-1), 'enhanced_job_description');
    // The client makes them the job's must-have skills, in its select.
    assert.deepEqual(res.body.recommended_skills, [{ label: 'Sourdough', value: 'Sourdough' }, { label: 'Food safety', value: 'Food safety' }]);
    assert.equal(res.body.enhanced_job_description_html, '<p>Join our bakery.</p>\n<ul><li>Bake bread</li><li>Train apprentices</li></ul>');
  });

  test("each answer's tokens are recorded and counted in the dashboard's cost: the organisation's for an Admin, one's own for the others", async () => {
    const bakery = await newOrganisation(ctx);
    const editor = await bakery.addUser('Editor');
    reply = () => ({ status: 200, content: JSON.stringify({ job_description: 'We bake bread.' }) });
    assert.equal((await bakery.admin.api.post('/jobs/generate-job-description/', ROLE)).status, 200);
    assert.equal((await editor.api.post('/jobs/generate-job-description/', ROLE)).status, 200);
    // An answer without the text is a 502, but its tokens were spent.
    reply = () => ({ status: 200, content: JSON.stringify({ enhanced_job_description: ' ' }) });
    assert.equal((await editor.api.post('/jobs/rewrite-job-description/', { job_description: 'we bake' })).status, 502);
    // An answer that is no JSON was billed too.
    reply = () => ({ status: 200, content: 'Here is your job description: ...' });
    assert.equal((await editor.api.post('/jobs/generate-job-description/', ROLE)).status, 502);
    // No answer at all: nothing is known to be spent.
    reply = () => ({ status: 500 });
    assert.equal((await editor.api.post('/jobs/generate-job-description/', ROLE)).status, 502);

    const { rows } = await ctx.pool.query('SELECT user_id, purpose, input_tokens, output_tokens, total_tokens, cost FROM model_usage WHERE org_id = $1 ORDER BY id', [bakery.admin.org_id]);
    // 10 input tokens at 150 and 20 output tokens at 600 per million.
    const spent = { input_tokens: 10, output_tokens: 20, total_tokens: 30, cost: '0.0135' };
    assert.deepEqual(rows, [
      { user_id: bakery.admin.id, purpose: 'job_description', ...spent },
      { user_id: editor.id, purpose: 'job_description', ...spent },
      { user_id: editor.id, purpose: 'enhanced_job_description', ...spent },
      { user_id: editor.id, purpose: 'job_description', ...spent },
    ]);
    assert.equal((await bakery.admin.api.get('/accounts/profile-kpi/')).body.cost, '0.0540');
    assert.equal((await editor.api.get('/accounts/profile-kpi/')).body.cost, '0.0405');
    assert.equal((await (await newOrganisation(ctx)).admin.api.get('/accounts/profile-kpi/')).body.cost, '0.0000');
  });

  test('a failing model is a 502, a missing one a 503; Participants 403, no token 401, bad bodies 400', async () => {
    reply = () => ({ status: 500 });
    const failed = await org.admin.api.post('/jobs/generate-job-description/', ROLE);
    assert.deepEqual([failed.status, failed.body.detail], [502, 'The language model gave no usable answer (model API answered HTTP 500); try again.']);
    reply = () => ({ status: 200, content: 'not json' });
    assert.equal((await org.admin.api.post('/jobs/rewrite-job-description/', { job_description: 'x' })).status, 502);
    for (const content of ['null', '["a list"]']) {
      reply = () => ({ status: 200, content });
      const notAnObject = await org.admin.api.post('/jobs/generate-job-description/', ROLE);
      assert.deepEqual([notAnObject.status, notAnObject.body.detail], [502, 'The language model gave no usable answer (model reply is not an object); try again.'], content);
    }
    reply = () => ({ status: 200, content: JSON.stringify({ job_description: '   ' }) });
    assert.equal((await org.admin.api.post('/jobs/generate-job-description/', ROLE)).status, 502);
    assert.equal((await participant.api.post('/jobs/generate-job-description/', ROLE)).status, 403);
    assert.equal((await new Api(ctx.app).post('/jobs/generate-job-description/', ROLE)).status, 401);
    const bad = await org.admin.api.post('/jobs/generate-job-description/', { ...ROLE, job_title: '' });
    assert.deepEqual([bad.status, Object.keys(bad.body)], [400, ['job_title']]);
    assert.ok((await org.admin.api.post('/jobs/rewrite-job-description/', {})).body.job_description);

    const plain = await testApp();
    const admin = (await newOrganisation(plain)).admin;
    const none = await admin.api.post('/jobs/generate-job-description/', ROLE);
    assert.equal(none.status, 503);
    assert.match(none.body.detail, /LLM_BASE_URL/);
  });
});
