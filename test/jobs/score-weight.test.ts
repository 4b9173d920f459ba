import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');

const jobsTitled = async (title: string) =>
  (await ctx.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE title = $1', [title])).rows[0].n;

test('a weight that is not a number or a numeric string -> 400 naming it, nothing written', async () => {
  const rest = { work_experience: 0.1, projects: 0.3, education: 0.1, certifications: 0.1 };
  for (const skills of [{ toString: 1 }, { valueOf: 1 }, [0.4], true, null, ' ']) {
    const res = await editor.api.post('/jobs/job/', { title: 'Odd weight', score_weight: { skills, ...rest } });
    assert.equal(res.status, 400, JSON.stringify(skills));
    assert.deepEqual(res.body, { score_weight: ['skills must be a number from 0 to 1.'] });
  }
  assert.equal(await jobsTitled('Odd weight'), 0);
});

test('weights given as numeric strings still count', async () => {
  const weights = { skills: '0.4', work_experience: '0.1', projects: '0.3', education: '0.1', certifications: '0.1' };
  const res = await editor.api.post('/jobs/job/', { title: 'String weights', score_weight: weights });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.score_weight.skills, '0.40');
});
