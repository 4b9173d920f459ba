// The web client's recruiter "Assessment" report tab, call by call as it makes them: it lists the
// candidate's test logs, then reads each one's result, state and answers by the log's id with its
// token, and marks the log Under Review, On Hold or Shortlisted once the candidate has finished.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const otherEditor = await org.addUser('Editor');
const outsider = (await newOrganisation(ctx)).admin;
const anon = new Api(ctx.app);
const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
const job = await newJob(editor.api, { interview_module: workflow.id });

const QUESTIONS = [
  { id: 'q1', text: 'Which runs JavaScript on servers?', type: 'single', choices: [{ id: 'a', text: 'Node.js' }, { id: 'b', text: 'CSS' }], answer: ['a'] },
  { id: 'q2', text: 'Pick the SQL databases', type: 'multiple', choices: [{ id: 'a', text: 'PostgreSQL' }, { id: 'b', text: 'Redis' }, { id: 'c', text: 'MySQL' }], answer: ['a', 'c'] },
  { id: 'q3', text: 'What is a queue for?', type: 'text' },
];
const assessmentId = (await editor.api.post('/test/tests/', { title: 'Backend basics', time_duration_in_minutes: 10, questions: QUESTIONS })).body.id;

/** A screened candidate given the assessment: the log's id and its link key. */
async function sharedLog(): Promise<{ candidateId: number; id: number; key: string }> {
  const { candidate_id: candidateId } = await newApplication(ctx.app, job);
  assert.equal((await editor.api.post('/interview/update-step/', { candidate_id: candidateId, job_id: job.id, action: 'Approve', step_id: 'step-1' })).status, 200);
  const shared = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidateId], assessments: [assessmentId], valid_to: '2099-01-01T00:00:00Z' });
  assert.equal(shared.status, 200);
  const id = shared.body.test_logs[0];
  const { rows } = await ctx.pool.query('SELECT access_key FROM test_logs WHERE id = $1', [id]);
  return { candidateId, id, key: rows[0].access_key };
}

const { candidateId, id, key } = await sharedLog();
const report = async () => (await editor.api.get(`/test/testlog-for-report/?job_id=${job.id}&candidate_id=${candidateId}`)).body[0];
// The tab's three reads of one log, as it sends them.
const reads = (log: number | string) => [
  `/test/result/?candidate_id=${candidateId}&test_log_id=${log}&test_id=${assessmentId}`,
  `/test/test-status/?test_log=${log}`,
  `/test/answers/?candidate_id=${candidateId}&job_id=${job.id}&test_log_id=${log}&test_id=${assessmentId}&type=user-owned-assessment`,
];

describe("the recruiter's Assessment report tab", () => {
  test('the log lists the timeline the tab draws: invited, not yet opened or started, and each test with its questions and time', async () => {
    const log = await report();
    const { rows } = await ctx.pool.query('SELECT created_at FROM test_logs WHERE id = $1', [id]);
    assert.equal(Date.parse(log.assigned_at), Date.parse(rows[0].created_at));
    assert.deepEqual([log.link_opened, log.started, log.completed, log.approved_at], [false, false, false, null]);
    assert.deepEqual(log.test, [{ id: assessmentId, title: 'Backend basics', total_question: 3, time_duration: 600 }]);
  });

  test('the candidate takes it: one choice answer right, one wrong, one in words; the log shows it opened, started and completed', async () => {
    for (const status of ['Link Opened', 'Started']) assert.equal((await anon.put(`/test/testlog/${key}/`, { status_text: status })).status, 200);
    for (const [question, choices, text] of [['q1', [{ id: 1 }], null], ['q2', [{ id: 1 }, { id: 2 }], null], ['q3', [], 'Jobs in order']] as const) {
      assert.equal((await anon.post('/test/answers/', { test_log: key, question_id: question, choices, text })).status, 201);
    }
    assert.equal((await anon.post('/test/result/', { test_log_id: key })).status, 201);
    const log = await report();
    assert.deepEqual([log.link_opened, log.started, log.completed], [true, true, true]);
    for (const field of ['link_opened_at', 'started_at', 'completed_at']) assert.ok(!Number.isNaN(Date.parse(log[field])), field);
  });

  test('the result by the log id: one entry for its assessment, with the score and the right answers counted', async () => {
    const res = await editor.api.get(reads(id)[0]);
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 1);
    const [result] = res.body;
    assert.deepEqual([result.test, result.prebuilt_assessment, result.score, result.correct_answer_count, result.test_log_id], [assessmentId, null, '50.00', 1, id]);
  });

  test('the state by the log id: the assessment, what happened and the minutes taken', async () => {
    const res = await editor.api.get(reads(id)[1]);
    assert.equal(res.status, 200);
    const [state] = res.body;
    assert.deepEqual([state.test, state.prebuilt_assessment, state.link_opened, state.started, state.completed, state.question_count], [assessmentId, null, true, true, true, 3]);
    assert.equal(typeof state.duration, 'number');
    assert.ok(state.duration >= 0 && state.duration < 10, String(state.duration));
  });

  test('the answers by the log id: each marked, with the choices picked as the page showed them', async () => {
    const res = await editor.api.get(reads(id)[2]);
    assert.equal(res.status, 200);
    assert.equal(res.body.next, null);
    const byQuestion = new Map(res.body.results.map((a: { question: string }) => [a.question, a]));
    assert.deepEqual(byQuestion.get('q1'), { question_id: 'q1', question: 'q1', choices: ['a'], text: '', selected_choice: [{ id: 1, value: 'Node.js' }], correct: true });
    assert.deepEqual(byQuestion.get('q2'), {
      question_id: 'q2', question: 'q2', choices: ['a', 'b'], text: '', selected_choice: [{ id: 1, value: 'PostgreSQL' }, { id: 2, value: 'Redis' }], correct: false,
    });
    assert.deepEqual(byQuestion.get('q3'), { question_id: 'q3', question: 'q3', choices: [], text: 'Jobs in order', selected_choice: [], correct: null });
  });

  test("a recruiter of another organisation, one not given the job, or a caller without a token gets 404 for each; the candidate's key still reads the page's shapes", async () => {
    for (const url of reads(id)) {
      assert.equal((await outsider.api.get(url)).status, 404, `outsider ${url}`);
      assert.equal((await otherEditor.api.get(url)).status, 404, `editor without the job ${url}`);
      assert.equal((await anon.get(url)).status, 404, `no token ${url}`);
    }
    const [result, state, answers] = await Promise.all(reads(key).map((url) => anon.get(url)));
    assert.deepEqual([result.status, result.body.test_log_id, result.body.score], [200, key, '50.00']);
    assert.deepEqual([state.status, state.body[0].test, state.body[0].completed], [200, key, true]);
    assert.deepEqual([answers.status, answers.body.results.map((a: { question_id: string }) => a.question_id)], [200, ['q1', 'q2', 'q3']]);
  });
});

describe('the tab marks a finished log', () => {
  const storedStatus = async (log: number) => (await ctx.pool.query('SELECT status_text FROM test_logs WHERE id = $1', [log])).rows[0].status_text;

  test('Under Review, then On Hold, are stored and read back', async () => {
    for (const status of ['Under Review', 'On Hold']) {
      const res = await editor.api.put(`/test/testlog/${id}/`, { status_text: status, updated_by: editor.id, updated_at: new Date() });
      assert.deepEqual([res.status, res.body.status_text], [200, status]);
      assert.equal(await storedStatus(id), status);
    }
  });

  test('Shortlisted approves it, and the timeline gets the time of the approval', async () => {
    const res = await editor.api.put(`/test/testlog/${id}/`, { status_text: 'Shortlisted', updated_by: editor.id, approved_by: editor.id, approved_at: new Date(), is_approved: true });
    assert.deepEqual([res.status, res.body.status_text, res.body.is_approved, res.body.approved_by], [200, 'Shortlisted', true, editor.id]);
    assert.equal(await storedStatus(id), 'Shortlisted');
    const { rows } = await ctx.pool.query("SELECT created_at FROM candidate_stage_events WHERE action = 'approved' AND details->>'test_log' = $1", [String(id)]);
    assert.equal(rows.length, 1);
    assert.equal(Date.parse((await report()).approved_at), Date.parse(rows[0].created_at));
  });

  test('the candidate still reads the log as completed, and cannot take it again', async () => {
    assert.equal((await anon.get(`/test/testlog/${key}/`)).body.status_text, 'Completed');
    assert.equal((await anon.get(reads(key)[1])).body[0].status_text, 'Completed');
    assert.equal((await anon.put(`/test/testlog/${key}/`, { status_text: 'Started' })).status, 409);
    const { rows } = await ctx.pool.query('SELECT status_text, completed FROM test_logs WHERE id = $1', [id]);
    assert.deepEqual(rows[0], { status_text: 'Shortlisted', completed: true });
  });

  test('a status the menu does not offer, or any before the candidate has finished, is a 400 on status_text and changes nothing', async () => {
    const unknown = await editor.api.put(`/test/testlog/${id}/`, { status_text: 'Hired' });
    assert.deepEqual([unknown.status, Object.keys(unknown.body)], [400, ['status_text']]);
    assert.equal(await storedStatus(id), 'Shortlisted');
    const unfinished = await sharedLog();
    const early = await editor.api.put(`/test/testlog/${unfinished.id}/`, { status_text: 'Under Review' });
    assert.deepEqual([early.status, Object.keys(early.body)], [400, ['status_text']]);
    assert.equal(await storedStatus(unfinished.id), 'Assigned');
  });
});
