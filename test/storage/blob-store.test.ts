import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer as readAll } from 'node:stream/consumers';
import { after, describe, test } from 'node:test';
import { BlobNotFoundError, type BlobStore } from '../../src/storage/blob-store.ts';
import { createBlobStore } from '../../src/storage/create.ts';
import { FsBlobStore } from '../../src/storage/fs-store.ts';
import { newBlobKey } from '../../src/storage/keys.ts';
import { S3BlobStore } from '../../src/storage/s3-store.ts';
import { testConfig } from '../helpers/app.ts';
import { startS3 } from './s3-server.ts';

/** A stream of unknown length, delivered in several chunks. */
function chunked(data: Buffer, size = 1000): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
}

const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-blobs-'));
after(() => rm(dataDir, { recursive: true, force: true }));
const s3 = await startS3();

const stores: [string, BlobStore][] = [
  ['filesystem', createBlobStore(testConfig({ DATA_DIR: dataDir }))],
  ['s3', createBlobStore(testConfig({ DATA_DIR: dataDir, STORAGE_URL: s3.storageUrl }))],
];

for (const [name, store] of stores) {
  describe(`BlobStore contract: ${name}`, () => {
    test('put, get, exists, delete, with the content type round-tripped', async () => {
      const key = newBlobKey('resumes');
      const data = Buffer.from('%PDF-1.7 not really a pdf but bytes are bytes\n'.repeat(500));
      assert.equal(await store.exists(key), false);
      const { size } = await store.put(key, chunked(data), { contentType: 'application/pdf' });
      assert.equal(size, data.length);
      assert.equal(await store.exists(key), true);
      const blob = await store.get(key);
      assert.equal(blob.size, data.length);
      assert.equal(blob.contentType, 'application/pdf');
      assert.deepEqual(await readAll(blob.stream), data);
      await store.delete(key);
      assert.equal(await store.exists(key), false);
      await assert.rejects(store.get(key), BlobNotFoundError);
    });

    test('put with a known size streams the same bytes', async () => {
      const key = newBlobKey('profile-pics');
      const data = Buffer.alloc(70_000, 7);
      assert.deepEqual(await store.put(key, chunked(data, 8192), { contentType: 'image/png', size: data.length }), { size: data.length });
      assert.deepEqual(await readAll((await store.get(key)).stream), data);
      await store.delete(key);
    });

    test('an empty blob is stored and read back', async () => {
      const key = newBlobKey('misc');
      await store.put(key, Readable.from([]), { contentType: 'text/plain' });
      const blob = await store.get(key);
      assert.equal(blob.size, 0);
      assert.equal((await readAll(blob.stream)).length, 0);
      await store.delete(key);
    });

    test('overwriting a key replaces the content and type', async () => {
      const key = newBlobKey('resumes');
      await store.put(key, chunked(Buffer.from('first')), { contentType: 'text/plain' });
      await store.put(key, chunked(Buffer.from('second version')), { contentType: 'application/octet-stream' });
      const blob = await store.get(key);
      assert.equal((await readAll(blob.stream)).toString(), 'second version');
      assert.equal(blob.contentType, 'application/octet-stream');
      await store.delete(key);
    });

    test('deleting a missing key is fine; invalid keys are refused', async () => {
      await store.delete(newBlobKey('resumes'));
      await store.delete(newBlobKey('resumes'));
      for (const bad of ['../etc/passwd', 'a/../b', '/abs', 'a//b', 'name.type', '']) {
        await assert.rejects(store.exists(bad), /Invalid blob key/);
      }
    });

    test('a failing source stream leaves no blob', async () => {
      const key = newBlobKey('resumes');
      const failing = Readable.from(
        (async function* () {
          yield Buffer.alloc(5000, 1);
          throw new Error('client went away');
        })(),
      );
      await assert.rejects(store.put(key, failing, { contentType: 'application/pdf' }), /client went away/);
      assert.equal(await store.exists(key), false);
    });
  });
}

describe('presigned URLs', () => {
  test('S3: a plain fetch of the presigned URL returns the bytes, with the download name', async () => {
    const store = stores[1][1];
    assert.ok(store instanceof S3BlobStore);
    const key = newBlobKey('resumes');
    const data = Buffer.from('presigned body');
    await store.put(key, chunked(data), { contentType: 'application/pdf' });
    const url = await store.url(key, { expiresInSeconds: 60, filename: 'Résumé "final".pdf' });
    assert.match(url, /X-Amz-Expires=60/);
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), data);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="R_sum_ _final_.pdf"; filename\*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22.pdf$/);
    assert.match(url, /X-Amz-Signature=[0-9a-f]{64}/);
  });

  test('filesystem: no URL, the API serves the blob', async () => {
    const store = stores[0][1];
    assert.equal(await store.url?.(newBlobKey('resumes'), { expiresInSeconds: 60 }), null);
  });
});

describe('keys and configuration', () => {
  test('keys are random, month-grouped and unguessable', () => {
    const key = newBlobKey('resumes', new Date('2026-11-05T00:00:00Z'));
    assert.match(key, /^resumes\/2026\/11\/[0-9a-f]{32}$/);
    const many = new Set(Array.from({ length: 1000 }, () => newBlobKey('resumes')));
    assert.equal(many.size, 1000);
  });

  test('the filesystem store writes under DATA_DIR/blobs and leaves no temp files', async () => {
    const store = stores[0][1];
    assert.ok(store instanceof FsBlobStore);
    assert.equal(store.root, join(dataDir, 'blobs'));
    const key = newBlobKey('resumes');
    await store.put(key, chunked(Buffer.from('x')), { contentType: 'text/plain' });
    const dir = join(store.root, key, '..');
    const files = await readdir(dir);
    assert.ok(files.every((f) => !f.endsWith('.tmp')));
    await store.delete(key);
    assert.deepEqual(await readdir(dir), files.filter((f) => !key.endsWith(f.replace(/\.type$/, ''))));
  });

  test('STORAGE_URL forms', () => {
    assert.ok(createBlobStore(testConfig({ DATA_DIR: dataDir, STORAGE_URL: `file://${dataDir}/elsewhere` })) instanceof FsBlobStore);
    assert.throws(
      () => createBlobStore(testConfig({ DATA_DIR: dataDir, STORAGE_URL: 's3://bucket?access_key_id=only-half' })),
      /both an access key id and a secret/,
    );
    const fromEnv = createBlobStore(
      testConfig({ DATA_DIR: dataDir, STORAGE_URL: 's3://bucket/some/prefix?region=eu-west-1', AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret' }),
    );
    assert.ok(fromEnv instanceof S3BlobStore);
  });
});
