// storeUpload behind a real Fastify route with @fastify/multipart: the declared name and type
// are ignored, and a refused upload answers 400 without hanging the request.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { registerErrorHandler } from '../../src/http/errors.ts';
import { FsBlobStore } from '../../src/storage/fs-store.ts';
import { storeUpload, type UploadKind } from '../../src/uploads/index.ts';
import { pdfFile, pngFile } from './files.ts';

const dir = await mkdtemp(join(tmpdir(), 'shortlist-multipart-'));
const store = new FsBlobStore(join(dir, 'blobs'));
const app = Fastify();
registerErrorHandler(app);
await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024 } });
app.post('/upload/', async (request) => {
  const stored = [];
  for await (const part of request.files()) {
    stored.push(await storeUpload(store, part, part.fieldname as UploadKind, { tmpDir: join(dir, 'spool') }));
  }
  return stored;
});
after(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

function form(files: { field: string; filename: string; type: string; data: Buffer }[]) {
  const boundary = '----shortlist-test-boundary';
  const parts = files.flatMap((f) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`),
    f.data,
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const blobFiles = async () => (await readdir(join(dir, 'blobs'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile());

test('a PDF renamed photo.png and declared image/png is refused as a profile picture', async () => {
  const res = await app.inject({ method: 'POST', url: '/upload/', ...form([{ field: 'profile_pic', filename: 'photo.png', type: 'image/png', data: await pdfFile() }]) });
  assert.equal(res.statusCode, 400);
  assert.deepEqual(Object.keys(res.json()), ['profile_pic']);
  assert.deepEqual(await blobFiles(), []);
});

test('a real PNG named resume.pdf is stored as image/png', async () => {
  const res = await app.inject({ method: 'POST', url: '/upload/', ...form([{ field: 'profile_pic', filename: 'resume.pdf', type: 'application/pdf', data: pngFile() }]) });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json()[0].contentType, 'image/png');
  assert.equal(res.json()[0].extension, 'png');
});

test('an oversize profile picture -> 400 and the server keeps answering', async () => {
  const big = Buffer.concat([pngFile(), Buffer.alloc(6 * 1024 * 1024, 1)]);
  const before = (await blobFiles()).length;
  const res = await app.inject({ method: 'POST', url: '/upload/', ...form([{ field: 'profile_pic', filename: 'me.png', type: 'image/png', data: big }]) });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().profile_pic[0], /maximum size is 5 MB/);
  assert.equal((await blobFiles()).length, before);
  const next = await app.inject({ method: 'POST', url: '/upload/', ...form([{ field: 'resume', filename: 'cv', type: 'text/plain', data: await pdfFile() }]) });
  assert.equal(next.statusCode, 200);
  assert.equal(next.json()[0].contentType, 'application/pdf');
});
