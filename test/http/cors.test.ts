// A web client served from another origin (CORS_ORIGINS) calls the API from the browser: its
// preflight requests carry no token, and every answer, cached or not, names the origin.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation } from '../helpers/fixtures.ts';
import { waitFor } from '../queue/fast-settings.ts';

const CLIENT = 'https://app.example.com';
const ctx = await testApp({ CORS_ORIGINS: `${CLIENT}, http://localhost:3000`, RESPONSE_CACHE_MS: '60000' });
const org = await newOrganisation(ctx);
const job = await newJob(org.admin.api);
const anon = new Api(ctx.app);

describe('CORS_ORIGINS', () => {
  test('a preflight from a listed origin is answered before authentication', async () => {
    const res = await anon.request('OPTIONS', `/candidates/candidate/1/`, undefined, {
      origin: CLIENT,
      'access-control-request-method': 'PATCH',
      'access-control-request-headers': 'authorization,content-type',
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers['access-control-allow-origin'], CLIENT);
    assert.match(String(res.headers['access-control-allow-methods']), /PATCH/);
    assert.match(String(res.headers['access-control-allow-headers']), /authorization/i);
  });

  test('answers name the listed origin, from the database and from the cache', async () => {
    const url = `/candidates/list-with-stages/?job_id=${job.id}`;
    const read = () => org.admin.api.request('GET', url, undefined, { origin: CLIENT, 'accept-encoding': 'gzip' });
    const first = await read();
    assert.equal(first.status, 200);
    assert.equal(first.headers['access-control-allow-origin'], CLIENT);
    const hit = await waitFor(async () => {
      const res = await read();
      return res.headers['x-cache'] === 'hit' && res;
    }, 3000);
    assert.equal(hit.headers['access-control-allow-origin'], CLIENT);
    assert.equal(hit.headers.vary, 'Origin, accept-encoding');
    // A late change announcement may empty the cache once more: read until a hit.
    const other = await waitFor(async () => {
      const res = await org.admin.api.request('GET', url, undefined, { origin: 'http://localhost:3000' });
      return res.headers['x-cache'] === 'hit' && res;
    }, 3000);
    assert.equal(other.headers['access-control-allow-origin'], 'http://localhost:3000', 'a cached answer is not tied to the origin that asked first');
  });

  test('an origin not listed gets no CORS headers; an anonymous public call still works', async () => {
    const res = await anon.request('GET', `/candidates/check-email/${job.id}/nobody@mail.example/`, undefined, { origin: 'https://evil.example' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });

  test('without CORS_ORIGINS the API sends no CORS headers and has no preflight route', async () => {
    const plain = await testApp();
    const res = await new Api(plain.app).request('OPTIONS', '/candidates/candidate/', undefined, { origin: CLIENT, 'access-control-request-method': 'POST' });
    assert.equal(res.status, 404);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });
});
