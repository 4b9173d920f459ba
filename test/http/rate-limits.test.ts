import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newOrganisation } from '../helpers/fixtures.ts';

const calls = async (api: Api, url: string, body: unknown, n: number) => {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await api.request('POST', url, body, { 'x-forwarded-for': `203.0.113.${i}` })).status);
  return statuses;
};

test('the public routes a client could abuse (sign-in, registration, password reset, answers) are limited per client address, which a forged X-Forwarded-For does not change', async () => {
  const ctx = await testApp({ LOGIN_RATE_LIMIT: '2' });
  const anon = new Api(ctx.app);
  assert.deepEqual(await calls(anon, '/accounts/send-reset-password-email/', { email: 'someone@mail.example' }, 3), [200, 200, 429]);
  assert.deepEqual(await calls(anon, '/accounts/user/reset-password/MQ/x-y/', { password: 'long enough 1', password2: 'long enough 1' }, 3), [400, 400, 429]);
  assert.deepEqual(await calls(anon, '/jobs/candidate-responses/bulk-create/', { candidate_id: 1 }, 3), [201, 201, 429]);
  assert.deepEqual(await calls(anon, '/accounts/token/', { email: 'someone@mail.example', password: 'wrong password' }, 3), [401, 401, 429]);
  const register = (i: number) => anon.request('POST', '/accounts/register/', { email: `a@org${i}.example`, password: 'long enough pw', name: 'A', org_domain: `org${i}.example` }, { 'x-forwarded-for': `203.0.113.${i}` });
  assert.deepEqual([(await register(1)).status, (await register(2)).status, (await register(3)).status], [201, 201, 429]);
});

test('writing job descriptions, each a call to the language model, is limited per client too', async () => {
  const { admin } = await newOrganisation(await testApp({ LOGIN_RATE_LIMIT: '2' }));
  for (const url of ['/jobs/generate-job-description/', '/jobs/rewrite-job-description/']) assert.deepEqual(await calls(admin.api, url, {}, 3), [400, 400, 429], url);
});

test('with TRUST_PROXY naming the proxy, the address it forwards is the client', async () => {
  const ctx = await testApp({ LOGIN_RATE_LIMIT: '2', TRUST_PROXY: '127.0.0.1' });
  assert.deepEqual(await calls(new Api(ctx.app), '/accounts/send-reset-password-email/', { email: 'someone@mail.example' }, 3), [200, 200, 200]);
});
