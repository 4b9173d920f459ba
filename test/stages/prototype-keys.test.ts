// Names looked up in the tables of actions, services, step ids and statuses are the tables' own
// keys only: "constructor" or "toString" (inherited from Object.prototype) is an unknown value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const workflow = await newWorkflow(editor.api, 'Resume and video', ['resume-screening', 'automated-video-interview']);
const job = await newJob(editor.api, { interview_module: workflow.id });
const { candidate_id: candidateId } = await newApplication(ctx.app, job);
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

const progress = async () =>
  (await ctx.pool.query('SELECT (SELECT count(*)::int FROM interview_steps WHERE candidate_id = $1) AS steps, (SELECT count(*)::int FROM candidate_stage_events WHERE candidate_id = $1) AS events', [candidateId])).rows[0];

test('update-step: an inherited action or service is a 400 on that field, and nothing is recorded', async () => {
  const before = await progress();
  for (const name of INHERITED) {
    const action = await editor.api.post('/interview/update-step/', { action: name, candidate_id: candidateId, job_id: job.id, step_id: 'step-1' });
    assert.equal(action.status, 400, name);
    assert.deepEqual(Object.keys(action.body), ['action']);
    const service = await editor.api.post('/interview/update-step/', { action: 'Approve', candidate_id: candidateId, job_id: job.id, service: name });
    assert.equal(service.status, 400, name);
    assert.deepEqual(service.body, { service: [`Unknown service "${name}".`] });
  }
  assert.deepEqual(await progress(), before);
  const approved = await editor.api.post('/interview/update-step/', { action: 'Approve', candidate_id: candidateId, job_id: job.id, service: 'Resume Screening' });
  assert.equal(approved.status, 200);
  assert.equal(approved.body.stage, 'resume-screening');
});

test('interview modules: a step whose content.id is inherited is a 400 and no workflow is saved', async () => {
  const { rows: before } = await ctx.pool.query('SELECT count(*)::int AS n FROM interview_modules');
  for (const name of INHERITED) {
    const res = await editor.api.post('/interview/interview-modules/', { name: 'Odd', steps_json: [{ id: 'step-1', order: 1, content: { id: name } }] });
    assert.equal(res.status, 400, name);
    assert.match(res.body.steps_json[0], /^Step 1: content\.id must be one of /);
  }
  const { rows: after } = await ctx.pool.query('SELECT count(*)::int AS n FROM interview_modules');
  assert.equal(after[0].n, before[0].n);
});

test('video interview: an inherited status_text is a 400 and the interview is unchanged', async () => {
  const set = (await editor.api.post('/interview/question-sets/', { name: 'Intro' })).body;
  await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Tell us about yourself' });
  const assigned = await org.admin.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate: candidateId, question_set: set.id, expired_at: '2099-01-01T00:00:00Z', override: true });
  assert.equal(assigned.status, 201);
  for (const name of INHERITED) {
    const res = await anon.patch(`/personality-screening/personality-screenings/${assigned.body.access_key}/`, { status_text: name });
    assert.equal(res.status, 400, name);
    assert.deepEqual(res.body, { status_text: ['Must be Link Opened, Started or Completed.'] });
  }
  const { rows } = await ctx.pool.query('SELECT status_text, link_opened, started FROM personality_screenings WHERE id = $1', [assigned.body.id]);
  assert.deepEqual(rows[0], { status_text: 'Assigned', link_opened: false, started: false });
  const opened = await anon.patch(`/personality-screening/personality-screenings/${assigned.body.access_key}/`, { status_text: 'Link Opened' });
  assert.equal(opened.body.status_text, 'Link Opened');
});
