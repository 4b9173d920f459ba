import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { testApp } from '../helpers/app.ts';
import { Api, login, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);

describe('POST /accounts/token/', () => {
  test('issues access and refresh tokens whose claims the client reads', async () => {
    const res = await anon.post('/accounts/token/', { email: org.admin.email, password: org.admin.password });
    assert.equal(res.status, 200);
    const claims = JSON.parse(Buffer.from(res.body.access.split('.')[1], 'base64url').toString());
    assert.equal(claims.id, org.admin.id);
    assert.equal(claims.user_id, org.admin.id);
    assert.equal(claims.org_id, org.admin.org_id);
    assert.equal(claims.role, 'Admin');
    const ttl = claims.exp - claims.iat;
    assert.equal(ttl, 30 * 60);
    assert.ok(res.body.refresh);
  });

  test('e-mail is case-insensitive', async () => {
    const res = await anon.post('/accounts/token/', { email: org.admin.email.toUpperCase(), password: org.admin.password });
    assert.equal(res.status, 200);
  });

  test('wrong password and unknown e-mail -> 401 with detail', async () => {
    for (const body of [{ email: org.admin.email, password: 'nope' }, { email: 'nobody@nowhere.example', password: 'x' }]) {
      const res = await anon.post('/accounts/token/', body);
      assert.equal(res.status, 401);
      assert.equal(typeof res.body.detail, 'string');
    }
  });

  test('missing and wrongly typed fields -> 400 with a field map', async () => {
    const res = await anon.post('/accounts/token/', { email: { nested: true } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.password, ['This field is required.']);
    assert.ok(res.body.email);
  });

  test('malformed JSON -> 400 with detail, never 500', async () => {
    const res = await anon.request('POST', '/accounts/token/', '{"email": ', { 'content-type': 'application/json' });
    assert.equal(res.status, 400);
    assert.match(res.body.detail, /JSON/);
  });
});

describe('GET /accounts/user/', () => {
  test('records the visit as last_seen', async () => {
    await ctx.pool.query("UPDATE users SET last_seen = now() - interval '3 days' WHERE id = $1", [org.admin.id]);
    const res = await org.admin.api.get('/accounts/user/');
    assert.equal(res.status, 200);
    assert.equal(res.body.last_seen, '3 days ago', 'the answer shows the visit before this one');
    const { rows } = await ctx.pool.query("SELECT last_seen > now() - interval '1 minute' AS recent FROM users WHERE id = $1", [org.admin.id]);
    assert.equal(rows[0].recent, true);
  });

  test('returns the user with org and services', async () => {
    const res = await org.admin.api.get('/accounts/user/');
    assert.equal(res.status, 200);
    assert.equal(res.body.email, org.admin.email);
    assert.equal(res.body.role.name, 'Admin');
    assert.equal(res.body.org.org_domain, org.domain);
    // The client's own keys for its services (client-compat §d).
    assert.deepEqual(
      res.body.org.services.map((s: { id: number; key: string }) => [s.id, s.key]),
      [[1, 'resume-screening'], [2, 'personality-screening'], [3, 'test']],
    );
    assert.ok(!('password_hash' in res.body));
  });

  test('anonymous -> 401; tampered, expired and refresh tokens -> 401', async () => {
    assert.equal((await anon.get('/accounts/user/')).status, 401);
    const [h, p, s] = org.admin.token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, role: 'Admin', id: 999 })).toString('base64url');
    assert.equal((await new Api(ctx.app, `${h}.${forged}.${s}`).get('/accounts/user/')).status, 401);
    const secret = new TextEncoder().encode(ctx.config.jwtSecret);
    const expired = await new SignJWT({ ...payload }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(secret);
    assert.equal((await new Api(ctx.app, expired).get('/accounts/user/')).status, 401);
    assert.equal((await new Api(ctx.app, org.admin.refresh).get('/accounts/user/')).status, 401);
    const res = await anon.request('GET', '/accounts/user/', undefined, { authorization: 'Token abc' });
    assert.equal(res.status, 401);
  });
});

describe('POST /accounts/token/refresh/', () => {
  test('rotates; the old refresh token is dead and its reuse revokes the whole session', async () => {
    const first = await login(ctx.app, org.admin.email, org.admin.password);
    const second = await anon.post('/accounts/token/refresh/', { refresh: first.refresh });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.refresh, first.refresh);
    assert.equal((await new Api(ctx.app, second.body.access).get('/accounts/user/')).status, 200);

    const replay = await anon.post('/accounts/token/refresh/', { refresh: first.refresh });
    assert.equal(replay.status, 401);
    // Everything descended from that login is now revoked.
    assert.equal((await anon.post('/accounts/token/refresh/', { refresh: second.body.refresh })).status, 401);
    assert.equal((await new Api(ctx.app, second.body.access).get('/accounts/user/')).status, 401);
    assert.equal((await new Api(ctx.app, first.access).get('/accounts/user/')).status, 401);
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NOT NULL', [org.admin.id]);
    assert.equal(rows[0].n, 1);
  });

  test('an access token is not a refresh token', async () => {
    const res = await anon.post('/accounts/token/refresh/', { refresh: org.admin.token });
    assert.equal(res.status, 401);
  });
});

describe('deactivation', () => {
  test("a deactivated user's tokens stop working at once and they cannot log in", async () => {
    const editor = await org.addUser('Editor');
    assert.equal((await editor.api.get('/accounts/user/')).status, 200);
    const res = await org.admin.api.patch(`/accounts/users/${editor.id}/`, { is_active: false });
    assert.equal(res.status, 200);
    assert.equal(res.body.is_active, false);
    assert.equal((await editor.api.get('/accounts/user/')).status, 401);
    assert.equal((await anon.post('/accounts/token/refresh/', { refresh: editor.refresh })).status, 401);
    assert.equal((await anon.post('/accounts/token/', { email: editor.email, password: editor.password })).status, 401);
  });
});
