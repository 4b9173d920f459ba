import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Fastify from 'fastify';
import type { AuthUser } from '../../src/http/auth.ts';
import { registerCaches } from '../../src/http/caches.ts';
import { freshDatabase } from '../helpers/app.ts';
import { waitFor } from '../queue/fast-settings.ts';

// A bare app whose routes touch no table, so that no announcement from the database can empty the
// caches: what empties them here is this process's own requests.
const app = Fastify();
const sessions = registerCaches(app, await freshDatabase(), 60_000);
const user: AuthUser = { id: 7, org_id: 1, role: 'Admin', name: 'Ann' };
app.decorateRequest('user', null);
app.addHook('onRequest', async (request) => {
  request.user = user;
});
let reads = 0;
app.get('/count', { config: { cacheable: true } }, async () => ({ reads: ++reads }));
app.post('/refused', async (_request, reply) => reply.status(401).send({ detail: 'no' }));
after(() => app.close());

const remembered = () => {
  sessions.set('token', user, sessions.version());
  return sessions.get('token');
};

test("a request that may write empties this process's caches before its response is sent, even when refused", async () => {
  await waitFor(async () => remembered(), 5000);
  const first = await app.inject({ method: 'GET', url: '/count' });
  const second = await app.inject({ method: 'GET', url: '/count' });
  assert.equal(second.headers['x-cache'], 'hit');
  assert.equal(second.json().reads, first.json().reads);

  assert.equal((await app.inject({ method: 'POST', url: '/refused' })).statusCode, 401);
  assert.equal(sessions.get('token'), undefined);
  const third = await app.inject({ method: 'GET', url: '/count' });
  assert.equal(third.headers['x-cache'], 'miss');
  assert.equal(third.json().reads, first.json().reads + 1);
});

test('reads leave the caches alone', async () => {
  assert.ok(remembered());
  await app.inject({ method: 'GET', url: '/count' });
  await app.inject({ method: 'HEAD', url: '/count' });
  assert.deepEqual(sessions.get('token'), user);
});
