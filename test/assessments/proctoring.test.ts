// The candidate's test page reports fullscreen exits and tab switches to PUT /test/proctoring/{key}/
// and ends the test as disqualified when the answer's `message` is one of its two sentences.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const anon = new Api(ctx.app);
const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
const job = await newJob(editor.api, { interview_module: workflow.id });
const assessment = (await editor.api.post('/test/tests/', { title: 'Basics', time_duration_in_minutes: 10, questions: [{ id: 'q1', text: 'Why?', type: 'text' }] })).body.id;

const FULLSCREEN = 'The test has been submitted due to repeated fullscreen exits, which is against the test rules.';
const TABS = 'The test has been submitted due to repeated tab switching, which is against the test rules.';

/** A started log: its id and the key the page names it by (`proctoring`). */
async function startedLog(): Promise<{ id: number; key: string }> {
  const { candidate_id } = await newApplication(ctx.app, job);
  assert.equal((await editor.api.post('/interview/update-step/', { candidate_id, job_id: job.id, action: 'Approve', step_id: 'step-1' })).status, 200);
  const id = (await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidate_id], assessments: [assessment], valid_to: '2099-01-01T00:00:00Z' })).body.test_logs[0];
  const { rows } = await ctx.pool.query('SELECT access_key FROM test_logs WHERE id = $1', [id]);
  const page = await anon.put(`/test/testlog/${rows[0].access_key}/`, { status_text: 'Started' });
  assert.equal(page.status, 200);
  return { id, key: page.body.proctoring };
}

const logRow = async (id: number) =>
  (await ctx.pool.query('SELECT status_text, completed, completed_at, score, fullscreen_exit_count, tab_switch_count FROM test_logs WHERE id = $1', [id])).rows[0];

describe('PUT /test/proctoring/{key}/', () => {
  test('two fullscreen exits and two tab switches are counted, no message; the test goes on', async () => {
    const { id, key } = await startedLog();
    const res = await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 1, tab_switch_count: 0 });
    assert.equal(res.status, 200);
    assert.equal(res.body.message, undefined);
    assert.equal((await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 2, tab_switch_count: 2 })).body.message, undefined);
    const row = await logRow(id);
    assert.deepEqual([row.status_text, row.completed, row.completed_at, row.fullscreen_exit_count, row.tab_switch_count], ['Started', false, null, 2, 2]);
  });

  test('the third fullscreen exit finishes the log as Disqualified, unscored, with the sentence the page compares', async () => {
    const { id, key } = await startedLog();
    await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 2, tab_switch_count: 0 });
    const res = await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 3, tab_switch_count: 0 });
    assert.equal(res.status, 200);
    assert.equal(res.body.message, FULLSCREEN);
    assert.equal(res.body.status_text, 'Disqualified');
    assert.equal(res.body.completed, true);
    const row = await logRow(id);
    assert.deepEqual([row.status_text, row.completed, row.score, row.fullscreen_exit_count], ['Disqualified', true, null, 3]);
    assert.ok(row.completed_at);
    // The page then PATCHes the log Disqualified itself: the same finish again changes nothing.
    const confirm = await anon.patch(`/test/testlog/${key}/`, { completed: true, status_text: 'Disqualified' });
    assert.equal(confirm.status, 200);
    assert.equal(confirm.body.status_text, 'Disqualified');
  });

  test('the third tab switch disqualifies with the tab sentence; the recruiter sees the log Disqualified', async () => {
    const { id, key } = await startedLog();
    const res = await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 0, tab_switch_count: 3 });
    assert.equal(res.status, 200);
    assert.equal(res.body.message, TABS);
    assert.deepEqual([(await logRow(id)).status_text, (await logRow(id)).completed], ['Disqualified', true]);
    const recruiter = await editor.api.get(`/test/testlog/${id}/`);
    assert.deepEqual([recruiter.body.status_text, recruiter.body.completed, recruiter.body.tab_switch_count], ['Disqualified', true, 3]);
  });

  test('a finished log takes no more counters (409), and a bad counter is a 400 naming it', async () => {
    const { key } = await startedLog();
    assert.equal((await anon.put(`/test/proctoring/${key}/`, { tab_switch_count: 5 })).body.message, TABS);
    assert.equal((await anon.put(`/test/proctoring/${key}/`, { tab_switch_count: 6 })).status, 200, 'the same finish again changes nothing');
    assert.equal((await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 1 })).status, 409);
    const bad = await anon.put(`/test/proctoring/${key}/`, { tab_switch_count: -1 });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.tab_switch_count, JSON.stringify(bad.body));
  });
});
