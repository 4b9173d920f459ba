// The web client's jobs grid (/filter/job): the sorts and filters its columns send, and the
// closing_in its "Close Date" column reads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const priya = await org.addUser('Editor', 'Priya Sharma');
const tom = await org.addUser('Editor', 'Tom Baker');

async function gridJob(api: typeof priya.api, title: string, min: number, max: number, applicants: number, closes: string | null) {
  const job = await newJob(api, { title, min_experience: min, max_experience: max });
  await ctx.pool.query(`UPDATE jobs SET applicants_count = $2, close_date = now() + $3::interval WHERE id = $1`, [job.id, applicants, closes]);
  return job;
}

const a = await gridJob(priya.api, 'Grid A', 0, 2, 0, '2 days 12 hours');
const b = await gridJob(priya.api, 'Grid B', 3, 6, 12, null);
const c = await gridJob(tom.api, 'Grid C', 5, 10, 2, '-3 days');

async function titles(query: string) {
  const res = await org.admin.api.get(`/filter/job?${query}`);
  assert.equal(res.status, 200, `${query}: ${JSON.stringify(res.body)}`);
  return res.body.results.map((j: { title: string }) => j.title);
}

describe('the jobs grid', () => {
  test('"Total Applicants" sorts by the count both ways', async () => {
    assert.deepEqual(await titles('o=applicants_count'), ['Grid A', 'Grid C', 'Grid B']);
    assert.deepEqual(await titles('o=-applicants_count'), ['Grid B', 'Grid C', 'Grid A']);
  });

  test('"Total Applicants" filters by the count typed, not by its digits; anything but a count is a 400 naming the filter', async () => {
    assert.deepEqual(await titles('applicants_count__icontains=2'), ['Grid C']);
    assert.deepEqual(await titles('applicants_count__icontains=0'), ['Grid A']);
    assert.deepEqual(await titles('applicants_count__icontains=13'), []);
    assert.deepEqual(await titles('applicants_count__gte=2&o=title'), ['Grid B', 'Grid C']);
    for (const bad of ['many', '-1', '2.5', '1e3']) {
      const res = await org.admin.api.get(`/filter/job?applicants_count__icontains=${bad}`);
      assert.deepEqual([res.status, res.body], [400, { applicants_count__icontains: ['Enter a whole number of applicants.'] }], bad);
    }
  });

  test('"Created By" filters by the owner\'s name', async () => {
    assert.deepEqual(await titles('owner__name__icontains=priya&o=title'), ['Grid A', 'Grid B']);
    assert.deepEqual(await titles('owner__name__icontains=BAKER'), ['Grid C']);
    assert.deepEqual(await titles('owner__name__icontains=nobody'), []);
  });

  test('"Experience" finds the jobs whose min - max years hold one of the years typed; other text is a 400 naming the filter', async () => {
    assert.deepEqual(await titles('experience__in=4'), ['Grid B']);
    assert.deepEqual(await titles('experience__in=5&o=title'), ['Grid B', 'Grid C']);
    assert.deepEqual(await titles('experience__in=1,7&o=title'), ['Grid A', 'Grid C']);
    assert.deepEqual(await titles('experience__in=11'), []);
    for (const bad of ['3 years', 'senior', '3-5', ',']) {
      const res = await org.admin.api.get(`/filter/job?experience__in=${encodeURIComponent(bad)}`);
      assert.deepEqual([res.status, res.body], [400, { experience__in: ['Enter whole years of experience, separated by commas.'] }], bad);
    }
  });

  test('closing_in: whole days left (a part of a day counts), 0 once closed, null without a close date', async () => {
    const listed = (await org.admin.api.get('/filter/job?o=title')).body.results;
    assert.deepEqual(listed.map((j: { closing_in: number | null }) => j.closing_in), [3, null, 0]);
    const one = await priya.api.get(`/jobs/job/${a.id}/`);
    assert.equal(one.body.closing_in, 3);
    assert.ok(one.body.close_date, 'close_date stays');
    await ctx.pool.query(`UPDATE jobs SET close_date = now() + interval '1 hour' WHERE id = $1`, [b.id]);
    assert.equal((await priya.api.get(`/jobs/job/${b.id}/`)).body.closing_in, 1);
    assert.equal((await tom.api.get(`/jobs/job/${c.id}/`)).body.closing_in, 0);
  });
});
