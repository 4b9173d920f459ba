import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';
import { waitFor } from '../queue/fast-settings.ts';

// The injected requests come from 127.0.0.1, trusted as a proxy for the forwarded address test.
const ctx = await testApp({ RESPONSE_CACHE_MS: '2000', TRUST_PROXY: '127.0.0.1' });
const org = await newOrganisation(ctx);
const job = await newJob(org.admin.api);
await newApplication(ctx.app, job, { name: 'Robin Reader' });
const list = `/candidates/list-with-stages/?job_id=${job.id}`;
const names = (body: { results: { name: string }[] }) => body.results.map((r) => r.name).sort();

/**
 * Reads `url` until an answer comes from the cache. The announcements of the writes before it
 * arrive a moment after they commit and may empty the cache once more in between.
 */
async function cachedRead(url: string) {
  return waitFor(async () => {
    const res = await org.admin.api.get(url);
    return res.headers['x-cache'] === 'hit' && res;
  }, 3000);
}

describe('cached reads', () => {
  test('a repeated read is served from the cache, with the same body', async () => {
    const first = await org.admin.api.get(list);
    assert.equal(first.status, 200);
    const second = await cachedRead(list);
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.match(String(second.headers['content-type']), /application\/json/);
  });

  test("a write through the API shows in this process's next read at once", async () => {
    await cachedRead(list);
    await newApplication(ctx.app, job, { name: 'Sam Second' });
    const after = await org.admin.api.get(list);
    assert.notEqual(after.headers['x-cache'], 'hit');
    assert.ok(names(after.body).includes('Sam Second'));
  });

  test('a write straight in the database (as another process would) shows within a moment', async () => {
    const { rows } = await ctx.pool.query('SELECT candidate_id FROM job_universal_status WHERE job_id = $1 LIMIT 1', [job.id]);
    await org.admin.api.get(list);
    await ctx.pool.query("UPDATE candidates SET name = 'Renamed Elsewhere' WHERE id = $1", [rows[0].candidate_id]);
    await waitFor(async () => names((await org.admin.api.get(list)).body).includes('Renamed Elsewhere'), 3000);
  });

  test('requests that miss together share one answer from the database', async () => {
    await newApplication(ctx.app, job);
    // Once a read is served from the cache, the application's announcement has come and gone.
    await cachedRead('/get_count/all/');
    const replies = await Promise.all(Array.from({ length: 6 }, () => org.admin.api.get(list)));
    assert.deepEqual(replies.map((r) => r.status), [200, 200, 200, 200, 200, 200]);
    // One asks the database and the others wait for its answer (a late announcement may, rarely,
    // start a second round).
    const by = (kind: string) => replies.filter((r) => r.headers['x-cache'] === kind).length;
    assert.ok(by('miss') <= 2, `misses: ${by('miss')}`);
    assert.ok(by('shared') >= 3, `shared: ${by('shared')}`);
    for (const r of replies) assert.deepEqual(r.body, replies[0].body);
  });

  test('a client that accepts gzip gets the same answer gzipped, from the database and from the cache', async () => {
    const plain = await cachedRead(list);
    const read = () => org.admin.api.request('GET', list, undefined, { 'accept-encoding': 'br;q=1.0, gzip;q=0.8, *;q=0.1' });
    const replies = [await read(), await read()];
    for (const res of replies) {
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], 'gzip');
      assert.equal(res.headers.vary, 'accept-encoding');
      assert.equal(Number(res.headers['content-length']), res.raw.length);
      assert.deepEqual(JSON.parse(gunzipSync(res.raw).toString()), plain.body);
    }
    assert.equal(replies[1].headers['x-cache'], 'hit');
    for (const header of ['gzip;q=0, identity', 'gzip;q=0, *', 'br, identity']) {
      const refused = await org.admin.api.request('GET', list, undefined, { 'accept-encoding': header });
      assert.equal(refused.headers['content-encoding'], undefined, header);
      assert.deepEqual(refused.body, plain.body);
    }
    const any = await org.admin.api.request('GET', list, undefined, { 'accept-encoding': '*' });
    assert.equal(any.headers['content-encoding'], 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding, no gzip');
  });

  test('when an answer ages out under load, one request reads a fresh one and the others get the old one meanwhile', async () => {
    const first = await cachedRead(list);
    await new Promise((r) => setTimeout(r, 2100));
    const replies = await Promise.all(Array.from({ length: 6 }, () => org.admin.api.get(list)));
    const by = (kind: string) => replies.filter((r) => r.headers['x-cache'] === kind).length;
    assert.equal(by('miss'), 1);
    assert.equal(by('stale'), 5);
    for (const r of replies) assert.deepEqual(r.body, first.body);
    assert.equal((await org.admin.api.get(list)).headers['x-cache'], 'hit', 'the fresh answer replaced it');
  });

  test('a hit is sent with the headers of the answer it repeats', async () => {
    await cachedRead(list);
    await newApplication(ctx.app, job);
    const first = await org.admin.api.get(list);
    const hit = await cachedRead(list);
    const comparable = (headers: Record<string, unknown>) => {
      const { date, 'x-cache': _, ...rest } = headers;
      return rest;
    };
    assert.equal(first.headers['x-cache'], 'miss');
    assert.deepEqual(comparable(hit.headers), comparable(first.headers));
    assert.equal(hit.headers['x-content-type-options'], 'nosniff', 'the security headers come along');
    assert.equal(Number(hit.headers['content-length']), hit.raw.length);
  });

  test('HEAD is answered from the cache, without a body', async () => {
    const get = await cachedRead(list);
    const head = await org.admin.api.request('HEAD', list);
    assert.equal(head.status, 200);
    assert.equal(head.headers['x-cache'], 'hit');
    assert.equal(head.raw.length, 0);
    assert.equal(head.headers['content-length'], get.headers['content-length']);
  });

  test('an answer under a kilobyte is sent plain even to a client that accepts gzip', async () => {
    await cachedRead('/get_count/all/');
    const res = await org.admin.api.request('GET', '/get_count/all/', undefined, { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['x-cache'], 'hit');
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.headers.vary, 'accept-encoding');
    assert.ok(res.raw.length < 1024);
    assert.equal(typeof JSON.parse(res.raw.toString()).applicants, 'number');
  });

  test('a session revoked by another process is refused, while the cache still holds its answer', async () => {
    const editor = await org.addUser('Editor');
    const hit = (member: { api: typeof org.admin.api }) => waitFor(async () => (await member.api.get('/get_count/all/')).headers['x-cache'] === 'hit', 3000);
    await hit(editor);
    await hit(org.admin);
    // Written behind the API's back, as another process would: only the session cache hears of it
    // (a write through this process would empty the response cache too, proving nothing).
    await ctx.pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1', [editor.id]);
    await waitFor(async () => (await editor.api.get('/get_count/all/')).status === 401, 3000);
    assert.equal((await org.admin.api.get('/get_count/all/')).headers['x-cache'], 'hit', 'the answers stayed cached');
  });

  test('users never share cached answers', async () => {
    const participant = await org.addUser('Participant');
    assert.equal((await cachedRead(list)).status, 200);
    const res = await participant.api.get(list);
    assert.equal(res.status, 404, 'the job is not shared with them');
    assert.notEqual(res.headers['x-cache'], 'hit');
  });

  test('an answer other than 200 is not cached', async () => {
    const missing = '/candidates/list-with-stages/?job_id=999999';
    assert.equal((await org.admin.api.get(missing)).status, 404);
    const again = await org.admin.api.get(missing);
    assert.equal(again.status, 404);
    assert.equal(again.headers['x-cache'], undefined);
  });

  test('pagination links follow the address the client used', async () => {
    await newApplication(ctx.app, job);
    const paged = `${list}&page_size=1`;
    const direct = await cachedRead(paged);
    const proxied = await org.admin.api.request('GET', paged, undefined, { 'x-forwarded-host': 'ats.example.org', 'x-forwarded-proto': 'https' });
    assert.match(direct.body.next, /^http:\/\/localhost/);
    assert.match(proxied.body.next, /^https:\/\/ats\.example\.org\//);
  });
});

describe('change announcements', () => {
  test('every table but the sessions and the e-mails waiting to be sent announces its writes, and users every column but the sign-in times', async () => {
    const { rows } = await ctx.pool.query(`
      SELECT c.relname AS table, t.tgname AS trigger
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname = c.relname || '_data_changed'
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT IN ('auth_sessions', 'candidate_emails')`);
    assert.ok(rows.length > 10);
    assert.deepEqual(rows.filter((r) => !r.trigger).map((r) => r.table), []);
    const columns = await ctx.pool.query(`
      SELECT a.attname FROM pg_attribute a
      WHERE a.attrelid = 'users'::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attnum <> ALL ((SELECT tgattr::int2[] FROM pg_trigger WHERE tgname = 'users_data_changed')::int2[])`);
    assert.deepEqual(columns.rows.map((r) => r.attname).sort(), ['last_login', 'last_seen']);
  });
});

describe('RESPONSE_CACHE_MS=0', () => {
  test('turns the cache off', async () => {
    const off = await testApp({ RESPONSE_CACHE_MS: '0' });
    const admin = (await newOrganisation(off)).admin;
    const offJob = await newJob(admin.api);
    const url = `/candidates/list-with-stages/?job_id=${offJob.id}`;
    assert.equal((await admin.api.get(url)).status, 200);
    const again = await admin.api.get(url);
    assert.equal(again.status, 200);
    assert.equal(again.headers['x-cache'], undefined);
  });
});
