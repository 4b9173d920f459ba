import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, login, newOrganisation } from '../helpers/fixtures.ts';
import { holdRows, lockWaiters } from '../helpers/locks.ts';

// One e-mail a day: enough for one invitation, so the second shows the limit.
const ctx = await testApp({ MAIL_DAILY_LIMIT: '1' });
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);

describe('POST /accounts/register/', () => {
  test('creates an organisation with every service and its Admin', async () => {
    const res = await anon.post('/accounts/register/', { email: 'founder@acme.example', password: 'long enough pw', name: 'Founder', org_domain: 'acme.example', contact: '99', profile_pic: null });
    assert.equal(res.status, 201);
    assert.equal(res.body.role.name, 'Admin');
    const { rows } = await ctx.pool.query(
      'SELECT o.domain, (SELECT count(*)::int FROM organisation_services s WHERE s.org_id = o.id) AS services FROM organisations o JOIN users u ON u.org_id = o.id WHERE u.id = $1',
      [res.body.id],
    );
    assert.deepEqual(rows[0], { domain: 'acme.example', services: 3 });
    const hash = await ctx.pool.query('SELECT password_hash FROM users WHERE id = $1', [res.body.id]);
    assert.match(hash.rows[0].password_hash, /^\$argon2id\$/);
  });

  test('a taken e-mail or domain, a bad e-mail and a short password -> 400 field maps', async () => {
    const taken = await anon.post('/accounts/register/', { email: org.admin.email, password: 'long enough pw', name: 'X', org_domain: 'other.example' });
    assert.equal(taken.status, 400);
    assert.ok(taken.body.email);
    const domain = await anon.post('/accounts/register/', { email: 'a@b.example', password: 'long enough pw', name: 'X', org_domain: org.domain });
    assert.ok(domain.body.org_domain);
    // The web client's sign-up page shows the domain's errors under org_name.
    assert.deepEqual(domain.body.org_name, domain.body.org_domain);
    const url = await anon.post('/accounts/register/', { email: 'c@d.example', password: 'long enough pw', name: 'X', org_domain: 'https://acme.example/' });
    assert.deepEqual([url.status, url.body.org_name], [400, url.body.org_domain]);
    assert.ok(url.body.org_domain);
    const bad = await anon.post('/accounts/register/', { email: 'not-an-email', password: 'short', name: '', org_domain: 'x' });
    assert.equal(bad.status, 400);
    for (const field of ['email', 'password', 'name', 'org_domain']) assert.ok(bad.body[field], field);
  });
});

describe('managing users', () => {
  test('GET /accounts/roles/', async () => {
    const res = await editor.api.get('/accounts/roles/');
    assert.deepEqual(res.body, [{ id: 1, name: 'Admin' }, { id: 2, name: 'Editor' }, { id: 3, name: 'Participant' }]);
  });

  test('members list their organisation; another organisation is 404', async () => {
    const res = await participant.api.get(`/accounts/organizations/${org.admin.org_id}/users/`);
    assert.equal(res.status, 200);
    assert.equal(res.body.count, 3);
    const user = res.body.results.find((u: { id: number }) => u.id === editor.id);
    assert.equal(user.role.name, 'Editor');
    assert.equal(user.org, org.admin.org_id);
    assert.ok(!('password_hash' in user));
    assert.equal((await participant.api.get(`/accounts/organizations/${rival.admin.org_id}/users/`)).status, 404);
  });

  test('only Admins create users, with a valid role', async () => {
    const body = { name: 'New', email: `new@${org.domain}`, password: 'long enough pw', role: 'Participant' };
    assert.equal((await editor.api.post('/accounts/users/', body)).status, 403);
    const wrongRole = await org.admin.api.post('/accounts/users/', { ...body, role: 'Owner' });
    assert.equal(wrongRole.status, 400);
    assert.ok(wrongRole.body.role);
    const created = await org.admin.api.post('/accounts/users/', body);
    assert.equal(created.status, 201);
    assert.equal(created.body.role.name, 'Participant');
    assert.equal(created.body.invited_by, org.admin.id);
    const added = await org.admin.api.post('/accounts/user-add/', { ...body, email: `added@${org.domain}` });
    assert.deepEqual([added.status, added.body.email], [201, `added@${org.domain}`]);
    assert.equal((await editor.api.post('/accounts/user-add/', { ...body, email: `other@${org.domain}` })).status, 403);
  });

  test('PATCH: Admin changes role; users change only their own name; other org 404', async () => {
    const promoted = await org.admin.api.patch(`/accounts/users/${participant.id}/`, { role: 'Editor' });
    assert.equal(promoted.status, 200);
    assert.equal(promoted.body.role.name, 'Editor');
    assert.equal((await editor.api.patch(`/accounts/users/${participant.id}/`, { name: 'X' })).status, 403);
    assert.equal((await editor.api.patch(`/accounts/users/${editor.id}/`, { role: 'Admin' })).status, 403);
    const renamed = await editor.api.patch(`/accounts/users/${editor.id}/`, { name: 'Eddie' });
    assert.equal(renamed.body.name, 'Eddie');
    assert.equal((await rival.admin.api.patch(`/accounts/users/${editor.id}/`, { name: 'X' })).status, 404);
    const self = await org.admin.api.patch(`/accounts/users/${org.admin.id}/`, { is_active: false });
    assert.equal(self.status, 400);
    assert.ok(self.body.is_active);
    const unknown = await org.admin.api.patch(`/accounts/users/${editor.id}/`, { password_hash: 'x' });
    assert.equal(unknown.status, 400);
  });
});

describe('the team page: adding and removing members', () => {
  test('a member added without a password (the client\'s "Add User") reads back in `result`, and an invitation is queued; past the daily e-mails it is a 400 and nothing is written', async () => {
    const team = await newOrganisation(ctx);
    const res = await team.admin.api.post('/accounts/user-add/', { email: `ivy@${team.domain}`, name: 'Ivy Invited', role: 'Editor' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual([res.body.email, res.body.result.email, res.body.result.id, res.body.result.role.name], [`ivy@${team.domain}`, `ivy@${team.domain}`, res.body.id, 'Editor']);
    const jobs = await ctx.pool.query("SELECT data FROM pgboss.job WHERE name = 'password-reset' AND data->>'email' = $1", [`ivy@${team.domain}`]);
    assert.deepEqual(jobs.rows.map((r) => r.data), [{ email: `ivy@${team.domain}`, invitation: true }]);
    const over = await team.admin.api.post('/accounts/user-add/', { email: `ike@${team.domain}`, name: 'Ike', role: 'Editor' });
    assert.deepEqual([over.status, Object.keys(over.body)], [400, ['password']]);
    const written = await ctx.pool.query('SELECT count(*)::int AS n FROM users WHERE lower(email) = $1', [`ike@${team.domain}`]);
    assert.equal(written.rows[0].n, 0);
    // With a password there is nothing to e-mail, so the limit does not stand in the way.
    assert.equal((await team.admin.api.post('/accounts/user-add/', { email: `ike@${team.domain}`, name: 'Ike', role: 'Editor', password: 'long enough pw' })).status, 201);
  });

  test('"Remove" (DELETE) deactivates the member: 204, signed out, off the team list, listed with ?is_active=false; only an Admin of the team, never themselves', async () => {
    const team = await newOrganisation(ctx);
    const leaving = await team.addUser('Editor');
    const staying = await team.addUser('Participant');
    assert.equal((await staying.api.delete(`/accounts/users/${leaving.id}/`)).status, 403);
    assert.equal((await rival.admin.api.delete(`/accounts/users/${leaving.id}/`)).status, 404);
    const self = await team.admin.api.delete(`/accounts/users/${team.admin.id}/`);
    assert.deepEqual([self.status, Object.keys(self.body)], [400, ['is_active']]);
    const removed = await team.admin.api.delete(`/accounts/users/${leaving.id}/`);
    assert.equal(removed.status, 204);
    assert.equal((await leaving.api.get('/accounts/user/')).status, 401, 'signed out at once');
    await assert.rejects(login(ctx.app, leaving.email, leaving.password));
    const list = async (query = '') => (await staying.api.get(`/accounts/organizations/${team.admin.org_id}/users/${query}`)).body.results.map((u: { id: number }) => u.id);
    assert.deepEqual(await list(), [team.admin.id, staying.id]);
    assert.deepEqual(await list('?is_active=false'), [leaving.id]);
    const { rows } = await ctx.pool.query('SELECT is_active FROM users WHERE id = $1', [leaving.id]);
    assert.equal(rows[0].is_active, false, 'the row stays: their work keeps its author');
  });

  test('adding a removed member again brings the same account back with the new details; an e-mail of another organisation is still taken', async () => {
    const team = await newOrganisation(ctx);
    const leaving = await team.addUser('Editor');
    await team.admin.api.delete(`/accounts/users/${leaving.id}/`);
    const back = await team.admin.api.post('/accounts/users/', { email: leaving.email.toUpperCase(), name: 'Back Again', role: 'Participant', password: 'a new password' });
    assert.deepEqual([back.status, back.body.id, back.body.name, back.body.role.name, back.body.is_active], [201, leaving.id, 'Back Again', 'Participant', true]);
    await assert.rejects(login(ctx.app, leaving.email, leaving.password), 'the old password is gone');
    assert.ok((await login(ctx.app, leaving.email, 'a new password')).access);
    const active = await team.admin.api.post('/accounts/users/', { email: leaving.email, name: 'Twice', role: 'Editor', password: 'long enough pw' });
    assert.deepEqual([active.status, Object.keys(active.body)], [400, ['email']]);
    await team.admin.api.delete(`/accounts/users/${leaving.id}/`);
    const elsewhere = await rival.admin.api.post('/accounts/users/', { email: leaving.email, name: 'Poached', role: 'Editor', password: 'long enough pw' });
    assert.deepEqual([elsewhere.status, Object.keys(elsewhere.body)], [400, ['email']]);
    const { rows } = await ctx.pool.query('SELECT org_id, name, is_active FROM users WHERE id = $1', [leaving.id]);
    assert.deepEqual(rows[0], { org_id: team.admin.org_id, name: 'Back Again', is_active: false });
  });
});

describe('the profile page: changing one\'s e-mail', () => {
  test('a member changes their own e-mail and signs in with it; a taken one is a 400 on email; others\' only an Admin changes', async () => {
    const team = await newOrganisation(ctx);
    const mover = await team.addUser('Editor');
    const other = await team.addUser('Participant');
    const moved = await mover.api.patch(`/accounts/users/${mover.id}/`, { email: `moved@${team.domain}` });
    assert.deepEqual([moved.status, moved.body.email], [200, `moved@${team.domain}`]);
    assert.ok((await login(ctx.app, `moved@${team.domain}`, mover.password)).access);
    await assert.rejects(login(ctx.app, mover.email, mover.password));
    const taken = await mover.api.patch(`/accounts/users/${mover.id}/`, { email: other.email.toUpperCase() });
    assert.deepEqual([taken.status, Object.keys(taken.body)], [400, ['email']]);
    const bad = await mover.api.patch(`/accounts/users/${mover.id}/`, { email: 'not an address' });
    assert.deepEqual([bad.status, Object.keys(bad.body)], [400, ['email']]);
    assert.equal((await mover.api.patch(`/accounts/users/${other.id}/`, { email: `x@${team.domain}` })).status, 403);
    const byAdmin = await team.admin.api.patch(`/accounts/users/${other.id}/`, { email: `renamed@${team.domain}` });
    assert.deepEqual([byAdmin.status, byAdmin.body.email], [200, `renamed@${team.domain}`]);
    const { rows } = await ctx.pool.query('SELECT email FROM users WHERE id = ANY($1) ORDER BY id', [[mover.id, other.id]]);
    assert.deepEqual(rows.map((r) => r.email), [`moved@${team.domain}`, `renamed@${team.domain}`]);
  });
});

describe('service endpoints', () => {
  test('health, readiness, OpenAPI and docs', async () => {
    assert.deepEqual((await anon.get('/healthz')).body, { status: 'ok' });
    assert.equal((await anon.get('/readyz')).body.database, 'ok');
    const spec = await anon.get('/openapi.json');
    assert.equal(spec.status, 200);
    assert.match(spec.body.openapi, /^3\./);
    assert.ok(spec.body.paths['/accounts/token/']);
    assert.ok(spec.body.paths['/jobs/job/{id}/']);
    assert.equal((await anon.get('/docs/')).status, 200);
  });

  test('unknown paths -> 404 with detail', async () => {
    const res = await anon.get('/no/such/path/');
    assert.equal(res.status, 404);
    assert.equal(res.body.detail, 'Not found.');
  });
});

describe('Admins demoting each other', () => {
  test('at the same time: one change wins, the other is refused, and an active Admin remains', async () => {
    const team = await newOrganisation(ctx);
    const second = await team.addUser('Admin');
    // Both users' rows are held until both requests wait on a lock, so that they really overlap.
    const release = await holdRows(ctx.pool, 'SELECT id FROM users WHERE id = ANY($1) FOR UPDATE', [[team.admin.id, second.id]]);
    const both = Promise.all([
      team.admin.api.patch(`/accounts/users/${second.id}/`, { role: 'Editor' }),
      second.api.patch(`/accounts/users/${team.admin.id}/`, { role: 'Editor' }),
    ]);
    await lockWaiters(ctx.pool, 2);
    await release();
    const [a, b] = await both;
    assert.deepEqual([a.status, b.status].sort(), [200, 403]);
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM users WHERE org_id = $1 AND role_id = 1 AND is_active', [team.admin.org_id]);
    assert.equal(rows[0].n, 1);
  });
});
