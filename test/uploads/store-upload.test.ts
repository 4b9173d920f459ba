import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer as readAll } from 'node:stream/consumers';
import { after, describe, test } from 'node:test';
import { HttpError } from '../../src/http/errors.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { createBlobStore } from '../../src/storage/create.ts';
import { discardBlobs, storeUpload, type UploadKind } from '../../src/uploads/index.ts';
import { testConfig } from '../helpers/app.ts';
import { startS3 } from '../storage/s3-server.ts';
import { docxFile, encryptedPdf, jpegFile, pdfFile, pngFile, zipFile } from './files.ts';

const MB = 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), 'shortlist-uploads-'));
after(() => rm(dir, { recursive: true, force: true }));
const spoolDir = join(dir, 'spool');
const s3 = await startS3();

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const stores: { name: string; store: BlobStore; blobs(): Promise<string[]> }[] = [
  { name: 'filesystem', store: createBlobStore(testConfig({ DATA_DIR: dir })), blobs: () => filesUnder(join(dir, 'blobs')) },
  { name: 's3', store: createBlobStore(testConfig({ DATA_DIR: dir, STORAGE_URL: s3.storageUrl })), blobs: () => s3.listKeys() },
];

function part(data: Buffer, fieldname = 'file') {
  const chunks = [];
  for (let i = 0; i < data.length; i += 16 * 1024) chunks.push(data.subarray(i, i + 16 * 1024));
  return { fieldname, file: Readable.from(chunks) };
}

for (const { name, store, blobs } of stores) {
  const upload = (data: Buffer, kind: UploadKind, fieldname = 'file', maxBytes?: number) =>
    storeUpload(store, part(data, fieldname), kind, { maxBytes, tmpDir: spoolDir });

  async function assertRefused(attempt: () => Promise<unknown>, field: string, message: RegExp): Promise<void> {
    const before = await blobs();
    await assert.rejects(attempt, (error: unknown) => {
      assert.ok(error instanceof HttpError, String(error));
      assert.equal(error.statusCode, 400);
      assert.deepEqual(Object.keys(error.body), [field]);
      assert.match((error.body[field] as string[])[0], message);
      return true;
    });
    assert.deepEqual(await blobs(), before, 'no blob left behind');
    assert.deepEqual(await filesUnder(spoolDir), [], 'no spool file left behind');
  }

  describe(`storeUpload on ${name}`, () => {
    const accepted: [string, () => Promise<Buffer> | Buffer, UploadKind, string, string][] = [
      ['a PDF resume', () => pdfFile(), 'resume', 'application/pdf', 'pdf'],
      ['a DOCX resume', () => docxFile(), 'resume', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
      ['a plain-text resume', () => Buffer.from('Jürgen Beispiel\nSenior engineer — Zürich\n'), 'resume', 'text/plain; charset=utf-8', 'txt'],
      ['a PNG profile picture', pngFile, 'profile_pic', 'image/png', 'png'],
      ['a JPEG profile picture', jpegFile, 'profile_pic', 'image/jpeg', 'jpg'],
    ];
    for (const [label, make, kind, contentType, extension] of accepted) {
      test(`stores ${label}, typed by its bytes, with size and sha256`, async () => {
        const data = await make();
        const stored = await upload(data, kind);
        assert.equal(stored.contentType, contentType);
        assert.equal(stored.extension, extension);
        assert.equal(stored.size, data.length);
        assert.equal(stored.sha256, createHash('sha256').update(data).digest('hex'));
        assert.match(stored.key, /^[a-z-]+\/\d{4}\/\d{2}\/[0-9a-f]{32}$/);
        const blob = await store.get(stored.key);
        assert.equal(blob.contentType, contentType);
        assert.deepEqual(await readAll(blob.stream), data);
        assert.deepEqual(await discardBlobs(store, [stored.key]), []);
        assert.equal(await store.exists(stored.key), false);
      });
    }

    test('a PDF sent as a profile picture, or a PNG as a resume -> 400 naming the field', async () => {
      const pdf = await pdfFile();
      await assertRefused(() => upload(pdf, 'profile_pic', 'profile_pic'), 'profile_pic', /Unsupported file type; upload JPEG, PNG or WebP/);
      await assertRefused(() => upload(pngFile(), 'resume'), 'file', /Unsupported file type; upload PDF, DOCX or plain text/);
      await assertRefused(() => upload(Buffer.from('just some text'), 'intro_video', 'intro_video'), 'intro_video', /MP4, MOV or WebM/);
    });

    test('binary that is not valid UTF-8 text, or text with NUL bytes, is not a text resume', async () => {
      await assertRefused(() => upload(Buffer.from([0xc3, 0x28, 0x41, 0x42, 0x0a]), 'resume'), 'file', /Unsupported/);
      await assertRefused(() => upload(Buffer.from('name\0surname\n'), 'resume'), 'file', /Unsupported/);
      const lateBinary = Buffer.concat([Buffer.alloc(100_000, 'a'), Buffer.from([0xff, 0xfe])]);
      await assertRefused(() => upload(lateBinary, 'resume'), 'file', /Unsupported/);
    });

    test('an empty file -> 400', async () => {
      await assertRefused(() => upload(Buffer.alloc(0), 'resume'), 'file', /empty/);
    });

    test('an encrypted PDF -> 400', async () => {
      await assertRefused(() => upload(encryptedPdf(), 'resume'), 'file', /encrypted/);
    });

    test('a truncated PDF (no %%EOF) -> 400 corrupt', async () => {
      const pdf = await pdfFile();
      await assertRefused(() => upload(pdf.subarray(0, Math.floor(pdf.length / 2)), 'resume'), 'file', /corrupt/);
    });

    test('a zip that is not a DOCX, and a DOCX without word/document.xml -> 400', async () => {
      await assertRefused(() => upload(zipFile({ 'notes.txt': 'hello' }), 'resume'), 'file', /Unsupported/);
      const broken = zipFile({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>', '_rels/.rels': '<Relationships/>' });
      await assertRefused(() => upload(broken, 'resume'), 'file', /corrupt|Unsupported/);
    });

    test('a stream over the limit is stopped mid-stream -> 400, nothing stored', async () => {
      let pulled = 0;
      const total = 30 * MB;
      const endless = Readable.from(
        (async function* () {
          yield Buffer.from('%PDF-1.7\n');
          while (pulled < total) {
            pulled += 64 * 1024;
            yield Buffer.alloc(64 * 1024, 0x20);
          }
        })(),
      );
      await assertRefused(() => storeUpload(store, { fieldname: 'file', file: endless }, 'resume', { tmpDir: spoolDir }), 'file', /too large; the maximum size is 10 MB/);
      assert.ok(pulled < 11 * MB, `read ${pulled} bytes`);
    });

    test("a caller's maxBytes (the job's max_resume_size) overrides the default", async () => {
      const pdf = await pdfFile();
      await assertRefused(() => upload(pdf, 'resume', 'file', pdf.length - 1), 'file', /too large/);
      const stored = await upload(pdf, 'resume', 'file', pdf.length);
      assert.equal(stored.size, pdf.length, 'a file exactly at the limit is stored');
      await discardBlobs(store, [stored.key]);
    });
  });
}

test('discardBlobs deletes what exists and ignores what does not', async () => {
  const { store } = stores[0];
  const stored = await storeUpload(store, part(pngFile(), 'profile_pic'), 'profile_pic', { tmpDir: spoolDir });
  assert.deepEqual(await discardBlobs(store, [stored.key, 'profile-pics/2026/01/missing']), []);
  assert.equal(await store.exists(stored.key), false);
});
