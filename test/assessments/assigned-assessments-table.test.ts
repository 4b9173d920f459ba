// The web client's Assigned Assessments table: GET /test/testlog/ sorted by the column clicked, which
// the table sends as the column's dotted field name (o=assigned_to.name, o=-job.title, …).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);

/** A log of `assessor`'s own job titled `title`, given to a candidate named `candidate`; its id. */
async function assignedLog(assessor: string, title: string, candidate: string): Promise<number> {
  const editor = await org.addUser('Editor', assessor);
  const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
  const job = await newJob(editor.api, { title, interview_module: workflow.id });
  const assessment = (await editor.api.post('/test/tests/', { title: 'Basics', time_duration_in_minutes: 10, questions: [{ id: 'q1', text: 'Why?', type: 'text' }] })).body.id;
  const { candidate_id } = await newApplication(ctx.app, job, { name: candidate });
  assert.equal((await editor.api.post('/interview/update-step/', { candidate_id, job_id: job.id, action: 'Approve', step_id: 'step-1' })).status, 200);
  const shared = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidate_id], assessments: [assessment], valid_to: '2099-01-01T00:00:00Z' });
  assert.equal(shared.status, 200);
  return shared.body.test_logs[0];
}

// Assigned in this order; each column puts the three in a different order.
const a = await assignedLog('Bea Assessor', 'Alpha role', 'Cara Candidate');
const b = await assignedLog('Cal Assessor', 'Gamma role', 'Abe Candidate');
const c = await assignedLog('Abi Assessor', 'Beta role', 'Bo Candidate');

const ids = async (o: string) => {
  const res = await org.admin.api.get(`/test/testlog/?o=${encodeURIComponent(o)}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.results.map((r: { id: number }) => r.id);
};

describe('the Assigned Assessments table sorts by the column clicked', () => {
  test('Candidate: by the candidate’s name, either way', async () => {
    assert.deepEqual(await ids('assigned_to.name'), [b, c, a]);
    assert.deepEqual(await ids('-assigned_to.name'), [a, c, b]);
  });

  test('Job Title: by the job’s title', async () => {
    assert.deepEqual(await ids('job.title'), [a, c, b]);
    assert.deepEqual(await ids('-job.title'), [b, c, a]);
  });

  test('Assigned By: by the assigning user’s name, the name the row shows', async () => {
    assert.deepEqual(await ids('assigned_by.name'), [c, a, b]);
    assert.deepEqual(await ids('-assigned_by.name'), [b, a, c]);
    const rows = (await org.admin.api.get('/test/testlog/?o=assigned_by.name')).body.results;
    assert.deepEqual(rows.map((r: { assigned_by: { name: string } }) => r.assigned_by.name), ['Abi Assessor', 'Bea Assessor', 'Cal Assessor']);
  });

  test('Assigned At: by when the log was created', async () => {
    assert.deepEqual(await ids('assigned_at'), [a, b, c]);
    assert.deepEqual(await ids('-assigned_at'), [c, b, a]);
    const { rows } = await ctx.pool.query('SELECT id FROM test_logs WHERE id = ANY($1) ORDER BY created_at, id', [[a, b, c]]);
    assert.deepEqual(rows.map((r) => r.id), [a, b, c]);
  });

  test('the sort names only sort: as query keys they filter nothing, and an unknown column is still a 400 naming o', async () => {
    const all = await org.admin.api.get('/test/testlog/?assigned_to.name=nobody');
    assert.equal(all.status, 200);
    assert.equal(all.body.count, 3);
    const bad = await org.admin.api.get('/test/testlog/?o=assigned_to.email');
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.o), /Cannot order by/);
  });
});
