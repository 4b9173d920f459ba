import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const outsider = await org.addUser('Editor');
const job = await newJob(editor.api, { users_shared_with: [participant.id] });
const other = await newOrganisation(ctx);

const GROUP = {
  name: 'Senior data people',
  skills: ['SQL', { label: 'Python', value: 'Python' }],
  work_experience: { operator: '>=', value: 5 },
  location: { city: ['Leeds'], state: [] },
  ai_recommendations: true,
  job: job.id,
};

describe('/jobs/filter-group/', () => {
  test('an Editor saves, replaces and deletes a group; those who see the job list it', async () => {
    const created = await editor.api.post('/jobs/filter-group/', GROUP);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.job, created.body.skills, created.body.work_experience], [job.id, GROUP.skills, GROUP.work_experience]);
    const row = (await ctx.pool.query('SELECT org_id, created_by, location FROM filter_groups WHERE id = $1', [created.body.id])).rows[0];
    assert.deepEqual(row, { org_id: org.admin.org_id, created_by: editor.id, location: { city: ['Leeds'], state: [] } });

    const listed = await participant.api.get(`/jobs/filter-group/?job=${job.id}`);
    assert.deepEqual([listed.status, listed.body.count, listed.body.results[0].name], [200, 1, 'Senior data people']);
    assert.equal((await outsider.api.get('/jobs/filter-group/')).body.count, 0);
    assert.equal((await other.admin.api.get('/jobs/filter-group/')).body.count, 0);

    const replaced = await editor.api.put(`/jobs/filter-group/${created.body.id}/`, { name: 'Anyone in Leeds', location: { city: ['Leeds'] } });
    assert.equal(replaced.status, 200);
    assert.deepEqual([replaced.body.job, replaced.body.skills, replaced.body.work_experience, replaced.body.ai_recommendations], [null, [], null, false]);
    assert.equal((await outsider.api.get('/jobs/filter-group/')).body.count, 1);
    assert.equal((await outsider.api.delete(`/jobs/filter-group/${created.body.id}/`)).status, 404, "another Editor may read an organisation-wide group, not change it");
    assert.equal((await outsider.api.put(`/jobs/filter-group/${created.body.id}/`, { name: 'Mine now' })).status, 404);
    assert.equal((await participant.api.delete(`/jobs/filter-group/${created.body.id}/`)).status, 403);
    assert.equal((await other.admin.api.delete(`/jobs/filter-group/${created.body.id}/`)).status, 404);
    assert.equal((await editor.api.delete(`/jobs/filter-group/${created.body.id}/`)).status, 204);
    assert.equal((await ctx.pool.query('SELECT 1 FROM filter_groups')).rowCount, 0);
  });

  test('bad bodies are 400 by field and write nothing; no token is 401', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...GROUP, name: '  ' }, 'name'],
      [{ ...GROUP, work_experience: { operator: '>', value: 2 } }, 'work_experience.operator'],
      [{ ...GROUP, work_experience: { operator: '>=', value: -1 } }, 'work_experience.value'],
      [{ ...GROUP, job: (await newJob(other.admin.api)).id }, 'job'],
      [{ ...GROUP, location: { city: [{ name: 'Leeds' }] } }, 'location.city.0'],
    ];
    for (const [body, field] of cases) {
      const res = await editor.api.post('/jobs/filter-group/', body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.ok(res.body[field], `${field}: ${JSON.stringify(res.body)}`);
    }
    assert.equal((await ctx.pool.query('SELECT 1 FROM filter_groups')).rowCount, 0);
    assert.equal((await new Api(ctx.app).get('/jobs/filter-group/')).status, 401);
  });
});
