// The pre-built library as the assign dialog's "Pre-built" tab reads it, and sharing one: the
// organisation gets its own copy, once, and the candidate takes it as any other assessment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
const job = await newJob(editor.api, { interview_module: workflow.id });

async function screenedCandidate(): Promise<number> {
  const { candidate_id: id } = await newApplication(ctx.app, job);
  assert.equal((await editor.api.post('/interview/update-step/', { candidate_id: id, job_id: job.id, action: 'Approve', step_id: 'step-1' })).status, 200);
  return id;
}
const share = (candidate: number, assessments: unknown[]) => editor.api.post('/test/share/', { job: job.id, candidate_id: [candidate], assessments, valid_to: '2099-01-01T00:00:00Z', preferences: {} });

test('every signed-in member reads the library, published, searchable by title; nobody changes it through the API', async () => {
  const all = await participant.api.get('/test/prebuilt-assessment-list/?is_published=true');
  assert.equal(all.status, 200);
  assert.deepEqual(all.body.results.map((a: { title: string }) => a.title), ['JavaScript fundamentals', 'SQL basics', 'Python basics', 'Spreadsheet skills']);
  assert.ok(all.body.results.every((a: { is_published: boolean; question_count: number }) => a.is_published && a.question_count >= 6));
  assert.deepEqual((await editor.api.get('/test/prebuilt-assessment-list/?title=sql')).body.results.map((a: { id: number }) => a.id), [2]);
  assert.equal((await editor.api.get('/test/prebuilt-assessment-list/?is_published=false')).body.count, 0);
  const one = await editor.api.get('/test/prebuiltassessments/2/');
  assert.deepEqual([one.status, one.body.title, one.body.time_duration_in_minutes], [200, 'SQL basics', 12]);
  assert.equal((await editor.api.get('/test/prebuiltassessments/99/')).status, 404);
  assert.equal((await editor.api.patch('/test/prebuiltassessments/2/', { is_published: false })).status, 403);
  assert.equal((await org.admin.api.post('/test/prebuiltassessments/', { title: 'Mine' })).status, 403);
  assert.equal((await new Api(ctx.app).get('/test/prebuilt-assessment-list/')).status, 401);
});

const copyOf = async (libraryId: number) => (await ctx.pool.query('SELECT id FROM assessments WHERE org_id = $1 AND library_id = $2', [org.admin.org_id, libraryId])).rows[0]?.id;

test("sharing a pre-built assessment copies it into the organisation's assessments once; its logs keep the library's questions", async () => {
  const first = await share(await screenedCandidate(), [{ id: 1, type: 'prebuilt-assessment', randomize_question: false, question_count: 3 }]);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  const copy = await copyOf(1);
  assert.ok((await editor.api.get('/test/list/')).body.results.some((a: { id: number }) => a.id === copy), "the copy is among the organisation's own, to edit");
  // The organisation edits its copy: sharing the pre-built one still gives the library's questions.
  assert.equal((await editor.api.patch(`/test/tests/${copy}/`, { title: 'Our JS test', questions: [{ id: 'mine', text: 'Ours?', type: 'text' }] })).status, 200);
  const second = await share(await screenedCandidate(), [{ id: 1, type: 'prebuilt-assessment' }]);
  assert.equal(second.status, 200);
  assert.equal(await copyOf(1), copy, 'no second copy');
  const { rows: logs } = await ctx.pool.query('SELECT assessment_id, questions, time_duration_in_minutes, access_key FROM test_logs WHERE id = ANY($1::int[]) ORDER BY id', [[...first.body.test_logs, ...second.body.test_logs]]);
  assert.deepEqual(logs.map((l) => l.assessment_id), [copy, copy]);
  assert.deepEqual(logs[0].questions.map((q: { id: string }) => q.id), ['js1', 'js2', 'js3']);
  assert.deepEqual([logs[1].questions.length, logs[1].time_duration_in_minutes], [7, 12]);
  const status = await new Api(ctx.app).get(`/test/test-status/?test_log=${logs[0].access_key}`);
  assert.deepEqual([status.body[0].test_type, status.body[0].question_count], ['user-owned-assessment', 3]);
});

test('a first share waiting on another making the copy reads that copy', async () => {
  // Another share is making the copy of library assessment 3, and has not committed yet.
  const other = await ctx.pool.connect();
  try {
    await other.query('BEGIN');
    const made = await other.query("INSERT INTO assessments (org_id, library_id, title, questions) VALUES ($1, 3, 'Python basics', '[]') RETURNING id", [org.admin.org_id]);
    const waiting = share(await screenedCandidate(), [{ id: 3, type: 'prebuilt-assessment' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.query('COMMIT');
    const res = await waiting;
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { rows } = await ctx.pool.query('SELECT assessment_id, jsonb_array_length(questions) AS questions FROM test_logs WHERE id = $1', [res.body.test_logs[0]]);
    assert.deepEqual(rows[0], { assessment_id: made.rows[0].id, questions: 7 });
  } finally {
    other.release();
  }
});

test('an unknown pre-built id, an unknown type, or a pre-built one with its own copy in the same share is a 400 on assessments', async () => {
  const candidate = await screenedCandidate();
  assert.equal((await share(await screenedCandidate(), [{ id: 4, type: 'prebuilt-assessment' }])).status, 200);
  const copy = await copyOf(4);
  for (const assessments of [[{ id: 99, type: 'prebuilt-assessment' }], [{ id: 1, type: 'borrowed' }], [{ id: 4, type: 'prebuilt-assessment' }, copy]]) {
    const res = await share(candidate, assessments);
    assert.deepEqual([res.status, Object.keys(res.body)], [400, ['assessments']], JSON.stringify(assessments));
  }
  const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM test_logs WHERE candidate_id = $1', [candidate]);
  assert.equal(rows[0].n, 0);
});
