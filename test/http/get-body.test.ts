import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

// The cache on, to show a GET carrying its parameters in a body is never answered by URL alone.
const ctx = await testApp({ RESPONSE_CACHE_MS: '60000' });
const org = await newOrganisation(ctx);
const first = await newJob(org.admin.api, { title: 'Body Job One' });
const second = await newJob(org.admin.api, { title: 'Body Job Two' });
const one = await newApplication(ctx.app, first, { name: 'Greta Body' });
await newApplication(ctx.app, second, { name: 'Hugo Body' });

/** A GET with a JSON body, as the spec's examples (and a Django REST client) send it. */
const getWithBody = (url: string, payload: string, contentType = 'application/json') =>
  ctx.app.inject({ method: 'GET', url, payload, headers: { authorization: `Bearer ${org.admin.token}`, 'content-type': contentType } });

describe('GET endpoints the spec writes with a JSON body', () => {
  test('stages/ takes candidate_id and job_id from the body, as from the query', async () => {
    const byQuery = await org.admin.api.get(`/candidates/stages/?candidate_id=${one.candidate_id}&job_id=${first.id}`);
    assert.equal(byQuery.status, 200);
    const byBody = await getWithBody('/candidates/stages/', JSON.stringify({ candidate_id: one.candidate_id, job_id: first.id }));
    assert.equal(byBody.statusCode, 200, byBody.body);
    assert.deepEqual(byBody.json(), byQuery.body);
  });

  test('candidate-names-list/ filters by the body name; a name in the URL wins', async () => {
    const res = await getWithBody('/candidates/candidate-names-list/', JSON.stringify({ name: 'Greta' }));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().results.map((r: { name: string }) => r.name), ['Greta Body']);
    const url = await getWithBody('/candidates/candidate-names-list/?name=Hugo', JSON.stringify({ name: 'Greta' }));
    assert.deepEqual(url.json().results.map((r: { name: string }) => r.name), ['Hugo Body']);
  });

  test('list-with-stages/ by body is answered per body, never from the cache of its URL', async () => {
    const names = async (jobId: number) => {
      const res = await getWithBody('/candidates/list-with-stages/', JSON.stringify({ job_id: jobId }));
      assert.equal(res.statusCode, 200, res.body);
      assert.notEqual(res.headers['x-cache'], 'hit');
      return res.json().results.map((r: { name: string }) => r.name);
    };
    assert.deepEqual(await names(first.id), ['Greta Body']);
    assert.deepEqual(await names(second.id), ['Hugo Body']);
    assert.deepEqual(await names(first.id), ['Greta Body']);
  });

  test('a body on a URL whose plain answer is cached is still read: /filter/candidate/ by job', async () => {
    const all = await org.admin.api.get('/filter/candidate/');
    assert.equal(all.body.count, 2);
    assert.equal((await org.admin.api.get('/filter/candidate/')).headers['x-cache'], 'hit');
    const res = await getWithBody('/filter/candidate/', JSON.stringify({ applied_jobs__id__iexact: second.id }));
    assert.equal(res.statusCode, 200, res.body);
    assert.notEqual(res.headers['x-cache'], 'hit');
    assert.deepEqual(res.json().results.map((r: { name: string }) => r.name), ['Hugo Body']);
  });

  test('bad bodies -> 400 with a message; a missing field -> 400 naming it; nothing else reads the body', async () => {
    const broken = await getWithBody('/candidates/stages/', '{"candidate_id": ');
    assert.equal(broken.statusCode, 400);
    assert.match(broken.json().detail, /not valid JSON/);
    const list = await getWithBody('/candidates/stages/', '[1, 2]');
    assert.equal(list.statusCode, 400);
    assert.match(list.json().detail, /JSON object/);
    const missing = await getWithBody('/candidates/stages/', JSON.stringify({ candidate_id: one.candidate_id }));
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json(), { job_id: ['This field is required.'] });
    const wrongType = await getWithBody('/candidates/stages/', JSON.stringify({ candidate_id: 'abc', job_id: first.id }));
    assert.equal(wrongType.statusCode, 400);
    assert.ok(wrongType.json().candidate_id);
    const text = await getWithBody(`/candidates/stages/?candidate_id=${one.candidate_id}&job_id=${first.id}`, 'job_id=1', 'text/plain');
    assert.equal(text.statusCode, 200, 'a body that is not JSON is ignored');
  });
});
