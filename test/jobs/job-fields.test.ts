// Job fields a client sends loosely typed: each is taken in one clear form or refused with a
// 400 that names it, and a refused create writes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');

const jobsTitled = async (title: string) =>
  (await ctx.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE title = $1', [title])).rows[0].n;

describe('jd_json', () => {
  test('an object, or a JSON string of one, is stored as that object; null clears it', async () => {
    const job = await newJob(editor.api, { jd_json: { blocks: [{ type: 'p', text: 'Hi' }] } });
    assert.deepEqual(job.jd_json, { blocks: [{ type: 'p', text: 'Hi' }] });
    const res = await editor.api.patch(`/jobs/job/${job.id}/`, { jd_json: '{"a":1}' });
    assert.deepEqual(res.body.jd_json, { a: 1 });
    const { rows } = await ctx.pool.query('SELECT jsonb_typeof(jd_json) AS type FROM jobs WHERE id = $1', [job.id]);
    assert.equal(rows[0].type, 'object');
    assert.equal((await editor.api.patch(`/jobs/job/${job.id}/`, { jd_json: null })).body.jd_json, null);
  });

  test('anything else -> 400 naming jd_json, nothing written', async () => {
    for (const jd_json of ['hello', '[1, 2]', '"text"', '', [1, 2], 5, true]) {
      const res = await editor.api.post('/jobs/job/', { title: 'Loose jd_json', jd_json });
      assert.equal(res.status, 400, JSON.stringify(jd_json));
      assert.deepEqual(res.body, { jd_json: ['Must be an object or a JSON string of an object.'] });
    }
    assert.equal(await jobsTitled('Loose jd_json'), 0);
  });
});

describe('close_date', () => {
  test('ISO-8601 dates and date-times are taken as written; a time without a zone is UTC; empty clears', async () => {
    const job = await newJob(editor.api);
    for (const [given, stored] of [
      ['2030-01-17', '2030-01-17T00:00:00.000000Z'],
      ['2030-01-17T10:00:00Z', '2030-01-17T10:00:00.000000Z'],
      ['2030-01-17T10:00', '2030-01-17T10:00:00.000000Z'],
      ['2030-01-17 10:00:00.123456Z', '2030-01-17T10:00:00.123456Z'],
      ['2030-01-17T10:00:00+05:30', '2030-01-17T04:30:00.000000Z'],
      ['2030-01-17T10:00:00-0100', '2030-01-17T11:00:00.000000Z'],
      ['2028-02-29', '2028-02-29T00:00:00.000000Z'],
      ['', null],
    ]) {
      const res = await editor.api.patch(`/jobs/job/${job.id}/`, { close_date: given });
      assert.equal(res.status, 200, `${given}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.close_date, stored, given ?? '');
    }
  });

  test('anything else -> 400 naming close_date; the job keeps its date and a refused create writes nothing', async () => {
    const job = await newJob(editor.api, { close_date: '2030-01-17T00:00:00Z' });
    for (const close_date of ['12', '0', 12, '2024-02-30', '2023-02-29', '2030-13-01', 'March 7', '2030-01-17T24:00:00Z', '2030-01-17T10:00:60Z', '2030-01-17T10:00:00+25:00', '17/01/2030', '0000-01-01']) {
      const changed = await editor.api.patch(`/jobs/job/${job.id}/`, { close_date });
      assert.equal(changed.status, 400, String(close_date));
      assert.deepEqual(changed.body, { close_date: ['Enter a valid date/time in ISO 8601, such as 2030-01-17 or 2030-01-17T09:00:00Z.'] });
      assert.equal((await editor.api.post('/jobs/job/', { title: 'Loose close_date', close_date })).status, 400);
    }
    assert.equal((await editor.api.get(`/jobs/job/${job.id}/`)).body.close_date, '2030-01-17T00:00:00.000000Z');
    assert.equal(await jobsTitled('Loose close_date'), 0);
  });
});

describe('workflow', async () => {
  const mine = await newWorkflow(editor.api, 'Screen then test', ['resume-screening', 'assessment']);
  const rival = await newOrganisation(ctx);
  const theirs = await newWorkflow(rival.admin.api, 'Theirs', ['resume-screening']);

  test("one of the organisation's workflows is stored; null clears it", async () => {
    const job = await newJob(editor.api, { workflow: mine.id });
    assert.equal(job.workflow, mine.id);
    assert.equal((await editor.api.patch(`/jobs/job/${job.id}/`, { workflow: null })).body.workflow, null);
  });

  test("a missing id or another organisation's -> 400 naming workflow, nothing written", async () => {
    const job = await newJob(editor.api, { workflow: mine.id });
    for (const workflow of [theirs.id, mine.id + 1000]) {
      const changed = await editor.api.patch(`/jobs/job/${job.id}/`, { workflow });
      assert.equal(changed.status, 400);
      assert.deepEqual(changed.body, { workflow: ['No such workflow in your organisation.'] });
      assert.equal((await editor.api.post('/jobs/job/', { title: 'Loose workflow', workflow })).status, 400);
    }
    assert.equal((await editor.api.get(`/jobs/job/${job.id}/`)).body.workflow, mine.id);
    assert.equal(await jobsTitled('Loose workflow'), 0);
  });
});

test('an id past the 32-bit range -> 400 naming its field, as any id the database cannot hold', async () => {
  const job = await newJob(editor.api);
  const tooBig = 2_147_483_648;
  for (const [field, value] of [
    ['workflow', tooBig],
    ['interview_module', tooBig],
    ['owner', tooBig],
    ['owner', { id: tooBig }],
    ['users_shared_with', [tooBig]],
    ['deleted_by', tooBig],
  ] as const) {
    const res = await editor.api.patch(`/jobs/job/${job.id}/`, { [field]: value });
    assert.equal(res.status, 400, field);
    assert.ok(Object.keys(res.body).some((key) => key.startsWith(field)), `${field}: ${JSON.stringify(res.body)}`);
  }
  assert.ok((await editor.api.patch(`/jobs/job/${job.id}/`, { workflow: tooBig })).body.workflow.includes('Must be <= 2147483647.'));
});
