// Job fields a client sends loosely typed: each is taken in one clear form or refused with a
// 400 that names it, and a refused create writes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation } from '../helpers/fixtures.ts';

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
