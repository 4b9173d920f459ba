import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';
import { jpegFile, pngFile } from '../uploads/files.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const rival = await newOrganisation(ctx);

const photo = (content = pngFile(), field = 'profile_pic') => ({ field, filename: 'me.png', type: 'image/png', content });
const photoKeyOf = async (id: number) => (await ctx.pool.query('SELECT profile_pic FROM users WHERE id = $1', [id])).rows[0].profile_pic as string | null;
const deletionsOf = async (key: string) =>
  (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [key])).rows[0].n as number;
/** Photo files in the store (the default store: files under DATA_DIR/blobs). */
const photoFiles = async () =>
  (await readdir(join(ctx.config.dataDir, 'blobs', 'profile-pics'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && !e.name.endsWith('.type')).length;

describe('PATCH /accounts/users/{id}/ with a multipart profile_pic (the profile page)', () => {
  test('stores the photo, returns it as a working link, and serves it from /accounts/avatar/{id}/', async () => {
    const res = await sendForm(editor.api, 'PATCH', `/accounts/users/${editor.id}/`, {}, [photo()]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const key = await photoKeyOf(editor.id);
    assert.match(key ?? '', /^profile-pics\//);
    assert.equal(await photoFiles(), 1);
    assert.match(res.body.profile_pic, /\/files\/profile-pics\/.+\?expires=\d+&signature=/);
    const image = await new Api(ctx.app).get(res.body.profile_pic.replace(/^http:\/\/[^/]+/, ''));
    assert.equal(image.status, 200);
    assert.deepEqual(image.raw, pngFile());

    const avatar = await org.admin.api.get(`/accounts/avatar/${editor.id}/`);
    assert.equal(avatar.status, 200);
    assert.equal(avatar.headers['content-type'], 'image/png');
    assert.deepEqual(avatar.raw, pngFile());
    assert.equal((await rival.admin.api.get(`/accounts/avatar/${editor.id}/`)).status, 404, 'another organisation');
    assert.equal((await org.admin.api.get(`/accounts/avatar/${org.admin.id}/`)).status, 404, 'no photo yet');
    assert.equal((await new Api(ctx.app).get(`/accounts/avatar/${editor.id}/`)).status, 401);
  });

  test('a new photo replaces the old one, which is queued for deletion; text fields come along', async () => {
    await sendForm(editor.api, 'PATCH', `/accounts/users/${editor.id}/`, {}, [photo()]);
    const first = await photoKeyOf(editor.id);
    assert.ok(first);
    const res = await sendForm(editor.api, 'PATCH', `/accounts/users/${editor.id}/`, { name: 'Eda Editor', contact: '+1 555 0100' }, [photo(jpegFile())]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.name, 'Eda Editor');
    assert.equal(res.body.contact, '+1 555 0100');
    const second = await photoKeyOf(editor.id);
    assert.notEqual(second, first);
    assert.equal(await deletionsOf(first as string), 1);

    const json = await editor.api.patch(`/accounts/users/${editor.id}/`, { country: 'India' });
    assert.equal(json.status, 200);
    assert.equal(await photoKeyOf(editor.id), second, 'a JSON change keeps the photo');
  });

  test('a file that is not an image, a second photo or an unknown field -> 400 by field; nothing is kept', async () => {
    const before = await photoKeyOf(org.admin.id);
    const files = await photoFiles();
    const wrongType = await sendForm(org.admin.api, 'PATCH', `/accounts/users/${org.admin.id}/`, {}, [{ ...PDF, field: 'profile_pic' }]);
    assert.equal(wrongType.status, 400);
    assert.ok(wrongType.body.profile_pic, JSON.stringify(wrongType.body));

    const two = await sendForm(org.admin.api, 'PATCH', `/accounts/users/${org.admin.id}/`, {}, [photo(), photo()]);
    assert.equal(two.status, 400);
    assert.deepEqual(two.body.profile_pic, ['Send one file here, not several.']);

    const badFields = await sendForm(org.admin.api, 'PATCH', `/accounts/users/${org.admin.id}/`, { name: '', password_hash: 'x', is_active: 'maybe' }, [photo(), photo(pngFile(), 'avatar')]);
    assert.equal(badFields.status, 400);
    for (const field of ['name', 'password_hash', 'is_active', 'avatar']) assert.ok(badFields.body[field], `${field}: ${JSON.stringify(badFields.body)}`);
    assert.equal(await photoKeyOf(org.admin.id), before);
    assert.equal(await photoFiles(), files, 'no refused photo stays in the store');
  });

  test('no body, or a text body, is a 400 with a message, and changes nothing', async () => {
    const before = (await ctx.pool.query('SELECT name, contact, updated_at FROM users WHERE id = $1', [editor.id])).rows[0];
    for (const [payload, type] of [[undefined, undefined], ['hello', 'text/plain'], ['[1]', 'application/json']] as const) {
      const res = await editor.api.request('PATCH', `/accounts/users/${editor.id}/`, payload, type ? { 'content-type': type } : {});
      assert.equal(res.status, 400, `${type}: ${JSON.stringify(res.body)}`);
      assert.ok(Object.keys(res.body).length, JSON.stringify(res.body));
    }
    assert.deepEqual((await ctx.pool.query('SELECT name, contact, updated_at FROM users WHERE id = $1', [editor.id])).rows[0], before);
  });

  test("a photo for someone else's account -> 403, and the upload is removed", async () => {
    const files = await photoFiles();
    const res = await sendForm(editor.api, 'PATCH', `/accounts/users/${org.admin.id}/`, {}, [photo()]);
    assert.equal(res.status, 403);
    assert.equal(await photoKeyOf(org.admin.id), null);
    assert.equal(await photoFiles(), files);
  });

  test('multipart text fields are coerced as JSON would be: an Admin sets a role id and is_active', async () => {
    const member = await org.addUser('Participant');
    const res = await sendForm(org.admin.api, 'PATCH', `/accounts/users/${member.id}/`, { role: '2', is_active: 'false' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.role.name, 'Editor');
    assert.equal(res.body.is_active, false);
  });
});
