// POST /test/share/ with several candidates and assessments at once: one test log per pair in
// the order asked, one started event per candidate, all or nothing, and a transaction whose
// number of queries does not grow with the number of candidates.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const rival = await newOrganisation(ctx);

const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
const job = await newJob(editor.api, { interview_module: workflow.id });
const rivalJob = await newJob(rival.admin.api);

async function screenedCandidate(): Promise<number> {
  const { candidate_id: id } = await newApplication(ctx.app, job);
  const approved = await editor.api.post('/interview/update-step/', { candidate_id: id, job_id: job.id, action: 'Approve', step_id: 'step-1' });
  assert.equal(approved.status, 200);
  return id;
}

const question = { id: 'q1', text: 'Pick one', type: 'single', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: ['a'] };
const newAssessment = async (title: string): Promise<number> => (await editor.api.post('/test/tests/', { title, questions: [question] })).body.id;
const assessments = [await newAssessment('First'), await newAssessment('Second')];
const share = (candidates: number[], extra: Record<string, unknown> = {}) =>
  editor.api.post('/test/share/', { job: job.id, candidate_id: candidates, assessments, valid_to: '2099-01-01T00:00:00Z', ...extra });
const testLogCount = async () => (await ctx.pool.query('SELECT count(*)::int AS n FROM test_logs')).rows[0].n;

/** Counts the queries of each transaction that inserts test logs while `work` runs. */
async function shareTransactionQueries(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  const open = new Map<pg.Client, { queries: number; shares: boolean }>();
  const counted: number[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: a spy on pg's overloaded query()
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    const text = typeof args[0] === 'string' ? args[0] : String(args[0]?.text ?? '');
    if (text === 'BEGIN') open.set(this, { queries: 0, shares: false });
    const tx = open.get(this);
    if (tx) {
      tx.queries++;
      if (/INSERT INTO test_logs/.test(text)) tx.shares = true;
      if (text === 'COMMIT' || text === 'ROLLBACK') {
        if (tx.shares) counted.push(tx.queries);
        open.delete(this);
      }
    }
    return original.apply(this, args as Parameters<typeof original>);
  };
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  assert.equal(counted.length, 1, 'one sharing transaction');
  return counted[0];
}

describe('sharing assessments with several candidates', () => {
  test('a single candidate and assessment may be sent as plain ids', async () => {
    const candidate = await screenedCandidate();
    const res = await editor.api.post('/test/share/', { job: job.id, candidate_id: candidate, assessments: assessments[0], valid_to: '2099-01-01T00:00:00Z' });
    assert.equal(res.status, 200);
    assert.equal(res.body.test_logs.length, 1);
    const { rows } = await ctx.pool.query('SELECT candidate_id, assessment_id FROM test_logs WHERE id = $1', [res.body.test_logs[0]]);
    assert.deepEqual(rows[0], { candidate_id: candidate, assessment_id: assessments[0] });
  });

  test('one test log per candidate and assessment, candidate by candidate, in the order asked', async () => {
    const candidates = [await screenedCandidate(), await screenedCandidate()];
    const res = await share([candidates[1], candidates[0]]);
    assert.equal(res.status, 200);
    assert.equal(res.body.test_logs.length, 4);
    const { rows } = await ctx.pool.query<{ id: number; candidate_id: number; assessment_id: number; status_text: string; assigned_by: number }>(
      'SELECT id, candidate_id, assessment_id, status_text, assigned_by FROM test_logs WHERE id = ANY($1)',
      [res.body.test_logs],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.deepEqual(
      res.body.test_logs.map((id: number) => [byId.get(id)?.candidate_id, byId.get(id)?.assessment_id]),
      [[candidates[1], assessments[0]], [candidates[1], assessments[1]], [candidates[0], assessments[0]], [candidates[0], assessments[1]]],
    );
    assert.ok(rows.every((r) => r.status_text === 'Assigned' && r.assigned_by === editor.id));

    for (const id of candidates) {
      const events = await ctx.pool.query("SELECT action, status_text, actor_id FROM candidate_stage_events WHERE candidate_id = $1 AND stage = 'assessment'", [id]);
      assert.deepEqual(events.rows, [{ action: 'started', status_text: 'Assigned', actor_id: editor.id }]);
      const step = await ctx.pool.query("SELECT started, completed, status_text, step_id, \"order\" FROM interview_steps WHERE candidate_id = $1 AND stage = 'assessment'", [id]);
      assert.deepEqual(step.rows, [{ started: true, completed: false, status_text: 'Assigned', step_id: 'step-2', order: 2 }]);
      const standing = await ctx.pool.query('SELECT status, current_stage FROM job_universal_status WHERE candidate_id = $1 AND job_id = $2', [id, job.id]);
      assert.deepEqual(standing.rows, [{ status: 'In Progress', current_stage: 'Assessments' }]);
    }
  });

  test('a candidate not yet screened refuses the whole share', async () => {
    const ready = await screenedCandidate();
    const { candidate_id: early } = await newApplication(ctx.app, job);
    const before = await testLogCount();
    const res = await share([ready, early]);
    assert.equal(res.status, 409);
    assert.match(res.body.detail, /Resume Screening must be completed before Assessments/);
    assert.equal(await testLogCount(), before);
    const events = await ctx.pool.query("SELECT 1 FROM candidate_stage_events WHERE candidate_id = $1 AND stage = 'assessment'", [ready]);
    assert.equal(events.rowCount, 0);
  });

  test('a candidate of a job the user cannot see, or of another job, is not found', async () => {
    const ready = await screenedCandidate();
    const { candidate_id: elsewhere } = await newApplication(ctx.app, rivalJob);
    const before = await testLogCount();
    assert.equal((await share([ready, elsewhere])).status, 404);
    const theirs = (await rival.admin.api.post('/test/tests/', { title: 'Theirs', questions: [question] })).body.id;
    assert.equal((await rival.admin.api.post('/test/share/', { job: job.id, candidate_id: [ready], assessments: [theirs], valid_to: '2099-01-01T00:00:00Z' })).status, 404);
    assert.equal(await testLogCount(), before);
  });

  test('a hired candidate is refused without an override', async () => {
    const hired = await screenedCandidate();
    assert.equal((await editor.api.post(`/candidates/${hired}/hire/`, { job_id: job.id })).status, 200);
    const res = await share([await screenedCandidate(), hired]);
    assert.equal(res.status, 409);
    assert.match(res.body.detail, /already hired/);
  });

  test('the transaction does not run more queries per extra candidate than its stage event', async () => {
    const one = [await screenedCandidate()];
    const five = [await screenedCandidate(), await screenedCandidate(), await screenedCandidate(), await screenedCandidate(), await screenedCandidate()];
    const forOne = await shareTransactionQueries(async () => assert.equal((await share(one)).status, 200));
    const forFive = await shareTransactionQueries(async () => assert.equal((await share(five)).status, 200));
    assert.equal(forFive, forOne, `one candidate: ${forOne} queries; five: ${forFive}`);
  });
});
