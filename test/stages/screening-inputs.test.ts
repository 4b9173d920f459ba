// The candidate's video interview page: loose values are refused on their field, never taken
// for something else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const workflow = await newWorkflow(editor.api, 'Video only', ['automated-video-interview']);
const job = await newJob(editor.api, { interview_module: workflow.id });
const set = (await editor.api.post('/interview/question-sets/', { name: 'Intro' })).body;
await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Tell us about yourself' });

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
