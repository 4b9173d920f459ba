// A file part whose stream is cut off (by the multipart parser when the form breaks a limit, by
// the client going away) never leaves spool() or readMultipart() waiting: the request is answered
// and the handler returns.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, test } from 'node:test';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { registerErrorHandler } from '../../src/http/errors.ts';
import { readMultipart } from '../../src/http/multipart.ts';
import { spool } from '../../src/storage/temp-file.ts';

const dir = await mkdtemp(join(tmpdir(), 'shortlist-cut-off-'));
const spoolDir = join(dir, 'spool');
after(() => rm(dir, { recursive: true, force: true }));

/** Settles with `work`, or rejects if it has not settled within `ms`. */
function within<T>(work: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not settled within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const leftovers = async () => (await readdir(spoolDir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;

/**
 * A file part as @fastify/multipart hands it out when the form broke a limit: the parser had
 * pushed the whole file and its end, then destroyed it. pipeline() over such a stream never
 * settles on Node 20.
 */
function cutOffPart(error?: Error): Readable {
  const part = new Readable({ read() {} }).on('error', () => {});
  part.push(Buffer.from('%PDF-1.4 whole file'));
  part.push(null);
  part.destroy(error);
  return part;
}

test('spool() of a file part destroyed before it is read rejects at once and leaves no file', async () => {
  await assert.rejects(within(spool(spoolDir, cutOffPart()), 'spool'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  await assert.rejects(within(spool(spoolDir, cutOffPart(new Error('Part terminated early due to unexpected end of multipart data'))), 'spool'), /terminated early/);
  assert.equal(await leftovers(), 0);
});

test('spool() of a file part destroyed while the temp directory is made, or while it is written, rejects too', async () => {
  const part = new Readable({ read() {} });
  part.push(Buffer.from('%PDF-1.4 whole file'));
  part.push(null);
  const spooled = spool(join(spoolDir, 'fresh', 'deeper'), part);
  part.destroy();
  await assert.rejects(within(spooled, 'spool'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  const later = new PassThrough();
  const written = spool(spoolDir, later);
  later.write('some bytes');
  setTimeout(() => later.destroy(), 20);
  await assert.rejects(within(written, 'spool'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  assert.equal(await leftovers(), 0);
});

test('spool() still writes a whole stream', async () => {
  const file = await within(spool(spoolDir, Readable.from([Buffer.from('hello '), Buffer.from('world')])), 'spool');
  assert.equal(file.size, 11);
  await file.remove();
});

// A route as the app's multipart routes are: readMultipart handing each file to spool().
const app = Fastify();
registerErrorHandler(app);
await app.register(multipart, { limits: { fields: 3, files: 2, fileSize: 4096 } });
const settled: string[] = [];
app.post('/form/', async (request) => {
  try {
    const { fields, files } = await readMultipart(request, async (part) => {
      const file = await spool(spoolDir, part.file);
      await file.remove();
      return { field: part.fieldname, size: file.size };
    });
    return { fields, files };
  } finally {
    settled.push(request.id);
  }
});
after(() => app.close());

function form(fields: number, fileSize: number, boundary = 'cut-off-boundary'): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < fields; i++) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.alloc(fileSize, 0x61), Buffer.from(`\r\n--${boundary}--\r\n`));
  return Buffer.concat(parts);
}
const headers = { 'content-type': 'multipart/form-data; boundary=cut-off-boundary' };

test('a form with more fields than allowed before its file part: 413 naming the limit', async () => {
  const res = await within(app.inject({ method: 'POST', url: '/form/', payload: form(4, 100), headers }), 'inject');
  assert.equal(res.statusCode, 413);
  // The message quotes the limits app.ts gives the plugin (MULTIPART_LIMITS), not this test's.
  assert.match(res.json().detail, /^The form has too many fields/);
});

test('a well-formed form within the limits is read whole', async () => {
  const res = await within(app.inject({ method: 'POST', url: '/form/', payload: form(3, 100), headers }), 'inject');
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(res.json(), { fields: { f0: 'x', f1: 'x', f2: 'x' }, files: [{ field: 'file', size: 100 }] });
});

test('a client that goes away in the middle of a file part that is over the size limit: the handler still returns', async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const before = settled.length;
  const body = form(1, 64 * 1024);
  const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/form/', headers: { ...headers, 'content-length': body.length + 1000 } });
  req.on('error', () => {});
  // All but the file's end: the parser has cut the file at 4 KB and waits for its boundary.
  req.write(body.subarray(0, body.length - 100));
  await new Promise((resolve) => setTimeout(resolve, 300));
  req.destroy();
  await within(
    (async () => {
      while (settled.length === before) await new Promise((resolve) => setTimeout(resolve, 20));
    })(),
    'the handler',
  );
  assert.equal(await leftovers(), 0);
});
