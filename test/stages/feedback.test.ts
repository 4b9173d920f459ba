import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor', 'Erin Editor');
const participant = await org.addUser('Participant', 'Pat Panel');
const outsider = await org.addUser('Editor');
const job = await newJob(editor.api, { users_shared_with: [participant.id] });
const applicant = await newApplication(ctx.app, job, { name: 'Noor Notes' });
const other = await newOrganisation(ctx);
const url = `/interview/feedbacks/${job.id}/${applicant.candidate_id}/`;
const note = (fields: Record<string, unknown> = {}) => ({ candidate: applicant.candidate_id, job: job.id, step_name: 'Assessment', feedback: 'Strong on SQL.', ...fields });

describe('interview step feedback', () => {
  test("the hiring team, Participants too, adds notes signed by the caller; the application's page lists them", async () => {
    const res = await participant.api.post('/interview/interview-step-feedback/', note({ user: org.admin.id }));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(res.body.user, { id: participant.id, name: 'Pat Panel', email: participant.email });
    assert.deepEqual(res.body.candidate, { id: applicant.candidate_id, name: 'Noor Notes' });
    await editor.api.post('/interview/interview-step-feedback/', note({ step_name: 'Automated Video Interview', feedback: 'Clear speaker.' }));
    const listed = await editor.api.get(url);
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.map((f: { step_name: string; feedback: string }) => [f.step_name, f.feedback]), [['Assessment', 'Strong on SQL.'], ['Automated Video Interview', 'Clear speaker.']]);
    const { rows } = await ctx.pool.query('SELECT user_id FROM step_feedback WHERE candidate_id = $1 ORDER BY id', [applicant.candidate_id]);
    assert.deepEqual(rows.map((r) => r.user_id), [participant.id, editor.id]);
  });

  test('blank or missing fields are 400 by field; out of reach is 404; no token is 401', async () => {
    const blank = await editor.api.post('/interview/interview-step-feedback/', note({ feedback: '   ', step_name: '' }));
    assert.equal(blank.status, 400);
    assert.ok(blank.body.step_name);
    const spaces = await editor.api.post('/interview/interview-step-feedback/', note({ feedback: '   ' }));
    assert.deepEqual([spaces.status, Object.keys(spaces.body)], [400, ['feedback']]);
    const missing = await editor.api.post('/interview/interview-step-feedback/', { job: job.id, feedback: 'x', step_name: 'Assessment' });
    assert.deepEqual([missing.status, Object.keys(missing.body)], [400, ['candidate']]);
    assert.equal((await outsider.api.post('/interview/interview-step-feedback/', note())).status, 404);
    assert.equal((await other.admin.api.get(url)).status, 404);
    assert.equal((await outsider.api.get(url)).status, 404);
    assert.equal((await anon.get(url)).status, 401);
    assert.equal((await editor.api.get(`/interview/feedbacks/${job.id}/999999/`)).status, 404);
    assert.equal((await editor.api.get(url)).body.length, 2);
  });

  test('only its author or an Admin removes a note', async () => {
    const [first, second] = (await editor.api.get(url)).body;
    assert.equal((await editor.api.delete(`/interview/interview-step-feedback/${first.id}/`)).status, 403);
    assert.equal((await other.admin.api.delete(`/interview/interview-step-feedback/${first.id}/`)).status, 404);
    assert.equal((await participant.api.delete(`/interview/interview-step-feedback/${first.id}/`)).status, 204);
    assert.equal((await org.admin.api.delete(`/interview/interview-step-feedback/${second.id}/`)).status, 204);
    assert.equal((await org.admin.api.delete(`/interview/interview-step-feedback/${second.id}/`)).status, 404);
    assert.deepEqual((await editor.api.get(url)).body, []);
  });
});
