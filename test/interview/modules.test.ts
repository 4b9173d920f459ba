import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor', 'Edna Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);

const steps = [
  { id: 'step-1', order: 1, content: { id: 'resume-screening', label: 'Resume Screening' } },
  { id: 'step-2', order: 2, content: { id: 'assessment', label: 'Assessment' } },
  { id: 'step-3', order: 3, content: { id: 'automated-video-interview', label: 'Automated Video Interview' } },
];

test('workflows: create, read, patch steps, assign to a job, delete', async () => {
  const created = await editor.api.post('/interview/interview-modules/', { name: 'Three steps', description: 'All stages', created_by: editor.id });
  assert.equal(created.status, 201);
  assert.deepEqual(created.body.steps_json, []);
  assert.equal(created.body.created_by, editor.id);
  assert.equal(created.body.description, 'All stages');
  assert.equal(created.body.rounds, 0);
  const id = created.body.id;

  const patched = await editor.api.patch(`/interview/interview-modules/${id}/`, { steps_json: [steps[2], steps[0], steps[1]] });
  assert.equal(patched.status, 200);
  assert.equal(patched.body.rounds, 3);
  assert.deepEqual(patched.body.steps_json.map((s: { content: { id: string } }) => s.content.id), ['resume-screening', 'assessment', 'automated-video-interview']);

  assert.equal((await participant.api.get(`/interview/interview-modules/${id}/`)).status, 200);
  assert.equal((await participant.api.patch(`/interview/interview-modules/${id}/`, { name: 'x' })).status, 403);
  assert.equal((await rival.admin.api.get(`/interview/interview-modules/${id}/`)).status, 404);
  assert.equal((await org.admin.api.get('/interview/interview-modules/')).body.count, 1);
  assert.deepEqual((await org.admin.api.get('/interview/list/')).body.results.map((m: { id: number }) => m.id), [id]);
  // The client's table shows who made each module by name.
  assert.deepEqual((await org.admin.api.get('/interview/list/')).body.results[0].created_by, { id: editor.id, name: 'Edna Editor' });

  const job = await newJob(editor.api, { interview_module: id, workflow: id });
  assert.equal(job.interview_module, id);
  const forJob = await editor.api.get(`/interview/job/${job.id}/interview-modules/`);
  assert.equal(forJob.body.results[0].id, id);
  assert.equal((await rival.admin.api.get(`/interview/job/${job.id}/interview-modules/`)).status, 404);
  const rivalJob = await rival.admin.api.post('/jobs/job/', { title: 'x', interview_module: id });
  assert.equal(rivalJob.status, 400);
  assert.ok(rivalJob.body.interview_module);

  assert.equal((await editor.api.delete(`/interview/interview-modules/${id}/`)).status, 204);
  const { rows } = await ctx.pool.query('SELECT interview_module, workflow FROM jobs WHERE id = $1', [job.id]);
  assert.deepEqual(rows[0], { interview_module: null, workflow: null });
});

test('bad steps -> 400 on steps_json', async () => {
  const unknown = await editor.api.post('/interview/interview-modules/', { name: 'x', steps_json: [{ order: 1, content: { id: 'dance-off', label: 'x' } }] });
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.steps_json[0], /content.id/);
  const twice = await editor.api.post('/interview/interview-modules/', { name: 'x', steps_json: [steps[0], { ...steps[0], order: 2 }] });
  assert.match(twice.body.steps_json[0], /twice/);
  const noName = await editor.api.post('/interview/interview-modules/', {});
  assert.deepEqual(noName.body.name, ['This field is required.']);
});

test('the client aliases test and personality-screening are accepted', async () => {
  const res = await editor.api.post('/interview/interview-modules/', {
    name: 'Old client',
    steps_json: [{ order: 1, content: { id: 'test', label: 'Test' } }, { order: 2, content: { id: 'personality-screening', label: 'Video' } }],
  });
  assert.equal(res.status, 201);
  assert.equal(res.body.rounds, 2);
  assert.equal(res.body.description, '', 'no description is an empty one');
  assert.equal(res.body.created_by, editor.id);
});
