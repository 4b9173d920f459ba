// Who a job is created for and handed over to: refused requests write nothing, and a write that
// takes the job out of the caller's sight still answers with the job as it now is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');

async function rowsTitled(title: string) {
  const { rows } = await ctx.pool.query<{ jobs: number; preferences: number }>(
    `SELECT count(*)::int AS jobs, (SELECT count(*)::int FROM screening_preferences p JOIN jobs pj ON pj.id = p.job_id WHERE pj.title = $1) AS preferences
     FROM jobs WHERE title = $1`,
    [title],
  );
  return rows[0];
}

test('an Editor cannot create a job for another user: 403 and nothing written', async () => {
  for (const owner of [org.admin.id, { id: org.admin.id }]) {
    const res = await editor.api.post('/jobs/job/', { title: 'For the Admin', owner });
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { detail: 'Only an Admin may create a job for another user.' });
  }
  assert.deepEqual(await rowsTitled('For the Admin'), { jobs: 0, preferences: 0 });
});

test('an Editor may name themselves the owner; an Admin may create a job for an Editor', async () => {
  const own = await editor.api.post('/jobs/job/', { title: 'Mine', owner: editor.id });
  assert.equal(own.status, 201);
  assert.equal(own.body.owner.id, editor.id);
  const given = await org.admin.api.post('/jobs/job/', { title: 'For the Editor', owner: editor.id });
  assert.equal(given.status, 201);
  assert.equal(given.body.owner.id, editor.id);
  assert.equal((await editor.api.get(`/jobs/job/${given.body.id}/`)).status, 200);
});

test('a job cannot be created deleted: 400 naming is_deleted and nothing written; false is the default', async () => {
  const res = await editor.api.post('/jobs/job/', { title: 'Born deleted', is_deleted: true });
  assert.equal(res.status, 400);
  assert.deepEqual(res.body, { is_deleted: ['A new job cannot be deleted.'] });
  assert.deepEqual(await rowsTitled('Born deleted'), { jobs: 0, preferences: 0 });
  const live = await editor.api.post('/jobs/job/', { title: 'Born live', is_deleted: false });
  assert.equal(live.status, 201);
  assert.equal(live.body.is_deleted, false);
});

test('the owner hands their job over to an Admin: 200 with the job as it now is', async () => {
  const job = await newJob(editor.api, { title: 'To hand over' });
  const res = await editor.api.patch(`/jobs/job/${job.id}/`, { owner: org.admin.id, title: 'Handed over' });
  assert.equal(res.status, 200);
  assert.equal(res.body.id, job.id);
  assert.equal(res.body.owner.id, org.admin.id);
  assert.equal(res.body.title, 'Handed over');
  const { rows } = await ctx.pool.query('SELECT owner_id, title FROM jobs WHERE id = $1', [job.id]);
  assert.deepEqual(rows[0], { owner_id: org.admin.id, title: 'Handed over' });
  assert.equal((await editor.api.get(`/jobs/job/${job.id}/`)).status, 404);
});

test('the owner soft-deletes with PATCH {is_deleted}: 200 with the deleted job', async () => {
  const job = await newJob(editor.api, { title: 'Deleted by PATCH' });
  const res = await editor.api.patch(`/jobs/job/${job.id}/`, { is_deleted: true });
  assert.equal(res.status, 200);
  assert.deepEqual([res.body.is_deleted, res.body.deleted_by], [true, editor.id]);
});
