import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
await org.addUser('Participant');

test("GET /accounts/profile-kpi/: the dashboard's figures within what the caller sees", async () => {
  const mine = await newJob(editor.api);
  const closed = await newJob(editor.api);
  await newJob(editor.api, { published: false });
  const admins = await newJob(org.admin.api);
  const first = await newApplication(ctx.app, mine);
  await newApplication(ctx.app, closed);
  assert.equal((await editor.api.patch(`/jobs/job/${closed.id}/`, { close_date: '2020-01-01T00:00:00Z' })).status, 200);
  await newApplication(ctx.app, admins);
  await ctx.pool.query("UPDATE resumes SET cost = '0.0030' WHERE candidate_id = $1", [first.candidate_id]);
  await ctx.pool.query("UPDATE resumes SET cost = '0.0125' WHERE job_id = $1", [admins.id]);

  const adminKpi = await org.admin.api.get('/accounts/profile-kpi/');
  assert.equal(adminKpi.status, 200);
  assert.deepEqual(adminKpi.body, { total_jobs: 4, jobs_open: 2, total_applicants: 3, team_members: 3, cost: '0.0155' });
  const editorKpi = await editor.api.get('/accounts/profile-kpi/');
  assert.deepEqual(editorKpi.body, { total_jobs: 3, jobs_open: 1, total_applicants: 2, team_members: 3, cost: '0.0030' });
  const stranger = (await newOrganisation(ctx)).admin;
  assert.deepEqual((await stranger.api.get('/accounts/profile-kpi/')).body, { total_jobs: 0, jobs_open: 0, total_applicants: 0, team_members: 1, cost: '0.0000' });
  assert.equal((await new Api(ctx.app).get('/accounts/profile-kpi/')).status, 401);
});
