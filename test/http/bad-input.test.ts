// Hostile and malformed input gets a 4xx with a message, never a 500 and never a write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const job = await newJob(editor.api, { users_shared_with: [participant.id] });

test('a request body cannot name columns: unknown keys are refused before any SQL', async () => {
  const set = (await editor.api.post('/interview/question-sets/', { name: 'Set' })).body;
  const question = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Why?' })).body;
  const res = await editor.api.patch(`/interview/questions/${question.id}/`, {
    'text" = (SELECT string_agg(email, \',\') FROM users), "time_limit': 60,
    question_set_id: 999,
  });
  assert.equal(res.status, 400);
  const { rows } = await ctx.pool.query('SELECT text, question_set_id FROM screening_questions WHERE id = $1', [question.id]);
  assert.deepEqual(rows[0], { text: 'Why?', question_set_id: set.id });
});

test('ids beyond 32 bits, impossible dates, huge pages and NUL bytes are 4xx', async () => {
  const cases = [
    '/candidates/candidate/99999999999/',
    '/jobs/job/99999999999/',
    `/candidates/check-email/99999999999/x@y.example/`,
    '/jobs/job/?created_at=2024-02-30',
    '/jobs/job/?close_date__range=2024-01-01,2024-02-31',
    '/jobs/job/?id__gt=1e300',
    '/jobs/job/?page=100000000000000000000',
    '/jobs/candidate-view/%00/',
    `/candidates/candidate-names-list/?name=a%00`,
  ];
  for (const url of cases) {
    const res = await (url.startsWith('/candidates/check-email') || url.startsWith('/jobs/candidate-view') ? new Api(ctx.app) : editor.api).get(url);
    assert.ok(res.status >= 400 && res.status < 500, `${url}: ${res.status} ${JSON.stringify(res.body)}`);
    assert.ok(res.body.detail || Object.keys(res.body).length, url);
  }
});

test('a Participant sharing an assessment is refused as a Participant (403), whatever the ids', async () => {
  const res = await participant.api.post('/test/share/', { job: job.id, candidate_id: [1], assessments: [424242], valid_to: '2099-01-01T00:00:00Z' });
  assert.equal(res.status, 403);
});

test('check-email answers for published jobs only', async () => {
  const hidden = await newJob(editor.api, { published: false });
  assert.equal((await new Api(ctx.app).get(`/candidates/check-email/${hidden.id}/a@b.example/`)).status, 404);
  assert.deepEqual((await new Api(ctx.app).get(`/candidates/check-email/${job.id}/a@b.example/`)).body, { exists: false });
});
