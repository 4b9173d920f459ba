// The candidate's video interview page: loose values are refused on their field, never taken
// for something else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newOrganisation, newQuestionSet, sendForm, videoInterviewJob } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const job = await videoInterviewJob(editor.api);
const set = await newQuestionSet(editor.api, ['Tell us about yourself']);
const [questionId] = set.questions;

async function assigned() {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  const res = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: set.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.equal(res.status, 201);
  return { id: res.body.id as number, url: `/personality-screening/personality-screenings/${res.body.access_key}/`, key: res.body.access_key as string };
}

const state = async (id: number) => (await ctx.pool.query('SELECT status_text, link_opened, started FROM personality_screenings WHERE id = $1', [id])).rows[0];

test('started: "false" starts nothing, "true" starts, any other string is a 400 on started', async () => {
  const s = await assigned();
  const no = await anon.patch(s.url, { started: 'false' });
  assert.equal(no.status, 200);
  assert.deepEqual(await state(s.id), { status_text: 'Assigned', link_opened: false, started: false });
  for (const started of ['yes', 'Started', '']) {
    const res = await anon.patch(s.url, { started });
    assert.equal(res.status, 400, started);
    assert.deepEqual(res.body, { started: ['Must be of type boolean.'] });
  }
  assert.deepEqual(await state(s.id), { status_text: 'Assigned', link_opened: false, started: false });
  assert.equal((await anon.patch(s.url, { started: 'true' })).body.status_text, 'Started');
  assert.deepEqual(await state(s.id), { status_text: 'Started', link_opened: true, started: true });
});

const ISO_MESSAGE = 'Enter a date/time in ISO 8601 format, such as 2024-05-01T09:30:00Z.';
const NOT_ISO = ['May 1, 2024', '2024-02-30T10:00:00Z', '2024-01-01T24:00:00Z', '01/05/2024', 'x'];

test('a recorded answer takes started and submitted_at in ISO 8601 (or epoch milliseconds) only', async () => {
  const s = await assigned();
  const answer = (dates: Record<string, string>) => sendForm(anon, 'POST', '/interview/answers/', { question: String(questionId), screening_id: s.key, text: 'Hello', ...dates });
  for (const field of ['started', 'submitted_at']) {
    for (const value of NOT_ISO) {
      const res = await answer({ [field]: value });
      assert.deepEqual([res.status, res.body], [400, { [field]: [ISO_MESSAGE] }], `${field}: ${value}`);
    }
  }
  const count = await ctx.pool.query('SELECT count(*)::int AS n FROM screening_answers WHERE screening_id = $1', [s.id]);
  assert.equal(count.rows[0].n, 0);
  assert.equal((await answer({ started: '2024-05-01T09:30:00+05:30', submitted_at: '1714537200000' })).status, 201);
  const { rows } = await ctx.pool.query('SELECT started, submitted_at FROM screening_answers WHERE screening_id = $1', [s.id]);
  assert.deepEqual(rows[0], { started: '2024-05-01T04:00:00.000000Z', submitted_at: '2024-05-01T04:20:00.000000Z' });
});

test('expired_at of a video interview and valid_from / valid_to of a shared assessment are ISO 8601', async () => {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  for (const value of [...NOT_ISO, '2099-02-30T00:00:00Z', '3000']) {
    const res = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: set.id, expired_at: value });
    assert.deepEqual([res.status, res.body], [400, { expired_at: [ISO_MESSAGE] }], value);
    const shared = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidate], assessments: [1], valid_from: value, valid_to: '2099-01-01T00:00:00Z' });
    assert.deepEqual([shared.status, shared.body], [400, { valid_from: [ISO_MESSAGE] }], value);
    const until = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidate], assessments: [1], valid_to: value });
    assert.deepEqual([until.status, until.body], [400, { valid_to: [ISO_MESSAGE] }], value);
  }
  const { rows } = await ctx.pool.query('SELECT (SELECT count(*)::int FROM personality_screenings WHERE candidate_id = $1) AS screenings, (SELECT count(*)::int FROM test_logs) AS logs', [candidate]);
  assert.deepEqual(rows[0], { screenings: 0, logs: 0 });
  const ok = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: set.id, expired_at: '2099-06-30' });
  assert.equal(ok.status, 201);
  assert.equal(ok.body.expired_at, '2099-06-30T00:00:00.000000Z');
});

test("a video interview from another organisation's or a missing question set is a 400 on question_set", async () => {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  const rival = await newOrganisation(ctx);
  const theirs = (await rival.admin.api.post('/interview/question-sets/', { name: 'Theirs' })).body;
  await rival.admin.api.post('/interview/questions/', { question_set: theirs.id, text: 'Secret question' });
  for (const questionSet of [theirs.id, theirs.id + 1000]) {
    const res = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: questionSet, expired_at: '2099-01-01T00:00:00Z' });
    assert.deepEqual([res.status, res.body], [400, { question_set: ['No such question set in your organisation.'] }], String(questionSet));
  }
  const { rows } = await ctx.pool.query("SELECT (SELECT count(*)::int FROM personality_screenings WHERE candidate_id = $1) AS screenings, (SELECT count(*)::int FROM interview_steps WHERE candidate_id = $1) AS steps", [candidate]);
  assert.deepEqual(rows[0], { screenings: 0, steps: 0 });
});
