import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { extractText, UnreadableFile } from '../../src/engine/index.ts';
import { TextReader } from '../../src/resumes/text-reader.ts';
import { minimalPdf } from '../helpers/minimal-pdf.ts';
import { oversizedDocx, twoColumnPdf } from '../helpers/resume-files.ts';

const small = (name: string) => minimalPdf([name, `${name.toLowerCase().replace(' ', '.')}@mail.example`]);
// One page holding thousands of lines: pdf.js keeps every text item (20,000 need well over 32 MB,
// and 60,000 take seconds).
const crowded = (lines: number) => minimalPdf(Array.from({ length: lines }, (_, i) => `Line ${i} of a page that holds far too much text`), 0.01);

test('the reader process gives the same text as reading in this process', async () => {
  const reader = new TextReader();
  const pdf = await twoColumnPdf();
  assert.equal(await reader.read(pdf, 'pdf'), await extractText(pdf, 'pdf'));
  assert.equal(await reader.read(Buffer.from('Plain text resume'), 'text'), 'Plain text resume');
});

test('files sent together are read one after the other, each getting its own text', async () => {
  const reader = new TextReader();
  const names = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'];
  const texts = await Promise.all(names.map((name) => reader.read(small(name), 'pdf')));
  for (const [i, name] of names.entries()) assert.match(texts[i], new RegExp(`^${name}\\n`));
});

test("a file that needs more than the reader's memory fails alone, and the next file is read", async () => {
  const reader = new TextReader({ heapMb: 32, timeoutMs: 60_000 });
  const [bomb, after] = await Promise.allSettled([reader.read(crowded(20_000), 'pdf'), reader.read(small('Ada Lovelace'), 'pdf')]);
  assert.equal(bomb.status, 'rejected');
  assert.ok(bomb.reason instanceof UnreadableFile);
  assert.match(bomb.reason.message, /more memory than a resume may take/);
  assert.equal(after.status, 'fulfilled');
  assert.match(after.value, /^Ada Lovelace/);
});

test("the reader's memory limit holds in a process started with a larger --max-old-space-size (as npm start is)", () => {
  const script = `
    import { TextReader } from './src/resumes/text-reader.ts';
    import { minimalPdf } from './test/helpers/minimal-pdf.ts';
    const crowded = minimalPdf(Array.from({ length: 20000 }, (_, i) => 'Line ' + i + ' of a page that holds far too much text'), 0.01);
    const outcome = await new TextReader({ heapMb: 32, timeoutMs: 60000 }).read(crowded, 'pdf').then(() => 'read', (e) => e.message);
    console.log(outcome);`;
  const out = execFileSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.match(out, /more memory than a resume may take/);
});

test('a file that takes longer than the time limit fails, and the next file is read', async () => {
  const reader = new TextReader({ heapMb: 128, timeoutMs: 500 });
  const [slow, after] = await Promise.allSettled([reader.read(crowded(60_000), 'pdf'), reader.read(small('Grace Hopper'), 'pdf')]);
  assert.equal(slow.status, 'rejected');
  assert.ok(slow.reason instanceof UnreadableFile);
  assert.match(slow.reason.message, /took longer than 0.5 s/);
  assert.equal(after.status, 'fulfilled');
  assert.match(after.value, /^Grace Hopper/);
});

test("the engine's own refusals keep their reason", async () => {
  const reader = new TextReader();
  await assert.rejects(reader.read(await oversizedDocx(), 'docx'), (error) => error instanceof UnreadableFile && /unpacks to more than 5 MB/.test(error.message));
});
