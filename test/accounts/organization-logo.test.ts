import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';
import { jpegFile, pngFile } from '../uploads/files.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const rival = await newOrganisation(ctx);
const orgId = org.admin.org_id;
const url = `/accounts/organization-logo/${orgId}/`;
const logo = (content = pngFile(), field = 'logo') => ({ field, filename: 'logo.png', type: 'image/png', content });
const logoKey = async () => (await ctx.pool.query('SELECT logo FROM organisations WHERE id = $1', [orgId])).rows[0].logo as string | null;
const logoFiles = async () =>
  (await readdir(join(ctx.config.dataDir, 'blobs', 'logos'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.type')).length;
const deletionsOf = async (key: string) =>
  (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [key])).rows[0].n as number;

test('an Admin puts a logo; the apply page gets it without a token; a new one replaces it and DELETE removes it', async () => {
  assert.equal((await anon.get(url)).status, 404);
  const put = await sendForm(org.admin.api, 'PUT', url, {}, [logo()]);
  assert.equal(put.status, 200, JSON.stringify(put.body));
  const first = await logoKey();
  assert.match(first ?? '', /^logos\//);
  const image = await anon.get(url);
  assert.deepEqual([image.status, image.headers['content-type']], [200, 'image/png']);
  assert.deepEqual(image.raw, pngFile());

  await sendForm(org.admin.api, 'PUT', url, {}, [logo(jpegFile())]);
  const second = await logoKey();
  assert.notEqual(second, first);
  assert.equal(await deletionsOf(first as string), 1);
  assert.equal((await anon.get(url)).headers['content-type'], 'image/jpeg');

  assert.equal((await org.admin.api.delete(url)).status, 204);
  assert.equal(await logoKey(), null);
  assert.equal(await deletionsOf(second as string), 1);
  assert.equal((await anon.get(url)).status, 404);
});

test('others may not, and a bad form is a 400 by field that keeps the logo', async () => {
  await sendForm(org.admin.api, 'PUT', url, {}, [logo()]);
  const kept = await logoKey();
  const files = await logoFiles();
  assert.equal((await sendForm(editor.api, 'PUT', url, {}, [logo()])).status, 403);
  assert.equal((await sendForm(rival.admin.api, 'PUT', url, {}, [logo()])).status, 404);
  assert.equal((await sendForm(anon, 'PUT', url, {}, [logo()])).status, 401);
  assert.equal((await editor.api.delete(url)).status, 403);
  const pdf = await sendForm(org.admin.api, 'PUT', url, {}, [{ ...PDF, field: 'logo' }]);
  assert.equal(pdf.status, 400);
  assert.ok(pdf.body.logo);
  const wrong = await sendForm(org.admin.api, 'PUT', url, { colour: 'blue' }, [logo(pngFile(), 'image')]);
  assert.equal(wrong.status, 400);
  assert.deepEqual(Object.keys(wrong.body).sort(), ['colour', 'image', 'logo']);
  assert.equal((await org.admin.api.put(url, { logo: 'x' })).status, 400);
  assert.equal(await logoKey(), kept);
  assert.equal(await logoFiles(), files, 'no refused logo stays in the store');
});
