import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newOrganisation } from '../helpers/fixtures.ts';
import { waitFor } from '../queue/fast-settings.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);

async function listenerPid(): Promise<number | undefined> {
  const { rows } = await ctx.pool.query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN shortlist_%'",
  );
  return rows[0]?.pid;
}

describe('authentication cache across processes', () => {
  test('a session revoked straight in the database (as another process would) stops working within a moment', async () => {
    const editor = await org.addUser('Editor');
    assert.equal((await editor.api.get('/accounts/user/')).status, 200);
    assert.equal((await editor.api.get('/accounts/user/')).status, 200);
    await ctx.pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1', [editor.id]);
    await waitFor(async () => (await editor.api.get('/accounts/user/')).status === 401, 3000);
  });

  test('a user deactivated straight in the database is refused within a moment', async () => {
    const editor = await org.addUser('Editor');
    assert.equal((await editor.api.get('/jobs/job/')).status, 200);
    await ctx.pool.query('UPDATE users SET is_active = false WHERE id = $1', [editor.id]);
    await waitFor(async () => (await editor.api.get('/jobs/job/')).status === 401, 3000);
  });

  test('after losing its connection the listener reconnects, and changes still reach it', async () => {
    const editor = await org.addUser('Editor');
    const before = await waitFor(listenerPid, 3000);
    await ctx.pool.query('SELECT pg_terminate_backend($1)', [before]);
    const after = await waitFor(async () => {
      const pid = await listenerPid();
      return pid !== before && pid;
    }, 5000);
    assert.notEqual(after, before);
    assert.equal((await editor.api.get('/accounts/user/')).status, 200);
    await ctx.pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1', [editor.id]);
    await waitFor(async () => (await editor.api.get('/accounts/user/')).status === 401, 3000);
  });

  test("a role change through the API applies to the user's next request", async () => {
    const editor = await org.addUser('Editor');
    const newUser = () => ({ name: 'New Recruiter', email: `new-${Date.now()}@mail.example`, password: 'a-long-password-1', role: 'Editor' });
    assert.equal((await editor.api.post('/accounts/users/', newUser())).status, 403);
    assert.equal((await org.admin.api.patch(`/accounts/users/${editor.id}/`, { role: 'Admin' })).status, 200);
    assert.equal((await editor.api.post('/accounts/users/', newUser())).status, 201);
  });
});
