import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { MAX_RESUME_CHARS } from '../../src/engine/extract/index.ts';
import { layoutPage } from '../../src/engine/extract/layout.ts';
import { pdfText } from '../../src/engine/extract/pdf-text.ts';
import { detectKind, extractText, parseResume, UnreadableFile } from '../../src/engine/index.ts';
import { oversizedDocx, resumeDocx, twoColumnPdf } from '../helpers/resume-files.ts';

test('magic bytes tell PDF, DOCX and text apart', () => {
  assert.equal(detectKind(new TextEncoder().encode('%PDF-1.7')), 'pdf');
  assert.equal(detectKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])), 'docx');
  assert.equal(detectKind(new TextEncoder().encode('Jane Roe')), 'text');
});

test('a two-column PDF is read column by column', async () => {
  const text = await extractText(new Uint8Array(await twoColumnPdf()), 'pdf');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  assert.deepEqual(lines.slice(0, 2), ['Jane Roe', 'jane.roe@example.com']);
  const at = (s: string) => lines.indexOf(s);
  assert.ok(at('EXPERIENCE') < at('Software Engineer') && at('Software Engineer') < at('Acme Technologies Pvt Ltd'));
  assert.ok(at('Delhi Technological University, 2018') < at('SKILLS'), 'the left column comes before the right one');
  assert.ok(at('SKILLS') < at('TypeScript') && at('TypeScript') < at('Docker'));
  const r = parseResume(text);
  assert.equal(r.name, 'Jane Roe');
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate]), [['Software Engineer', 'Acme Technologies Pvt Ltd', '2019-01-01']]);
  assert.ok(['TypeScript', 'Docker', 'Kubernetes', 'PostgreSQL'].every((s) => r.skills.some((k) => k.name === s)));
});

test('a one-column page keeps words of a line together and wide gaps apart', () => {
  const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, height: 10 });
  const text = layoutPage([item('Software', 50, 700), item('Engineer', 95, 700), item('2019 - 2021', 400, 700), item('Acme', 50, 685)]);
  assert.deepEqual(text.split('\n'), ['Software Engineer   2019 - 2021', 'Acme']);
});

test('a DOCX file gives its paragraphs as lines', async () => {
  const doc = new Document({
    sections: [
      {
        children: ['Jane Roe', 'jane.roe@example.com', 'EXPERIENCE', 'Data Analyst', 'Globex Corporation', 'Mar 2020 - Present', 'SKILLS', 'SQL, Python, Tableau'].map(
          (t) => new Paragraph({ children: [new TextRun(t)] }),
        ),
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  assert.equal(detectKind(bytes), 'docx');
  const r = parseResume(await extractText(bytes, 'docx'));
  assert.equal(r.name, 'Jane Roe');
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]), [['Data Analyst', 'Globex Corporation', '2020-03-01', 'Present']]);
  assert.deepEqual(r.skills.map((s) => s.name), ['SQL', 'Python', 'Tableau']);
});

test('a very long upload is read only up to MAX_RESUME_CHARS, and its later pages not at all', async () => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const line = 'Built and ran payment services in Node.js and PostgreSQL for a retail bank';
  for (let p = 1; p <= 120; p++) {
    const page = pdf.addPage([612, 792]);
    for (let i = 0; i < 50; i++) page.drawText(`Page ${p} line ${i} ${line}`, { x: 40, y: 760 - i * 14, size: 9, font });
  }
  const bytes = new Uint8Array(await pdf.save());
  const text = await extractText(bytes, 'pdf');
  assert.equal(text.length, MAX_RESUME_CHARS);
  assert.match(text, /^Page 1 line 0 /);
  const firstPages = await pdfText(bytes, 8_000);
  assert.ok(firstPages.includes('Page 2 line 49') && !firstPages.includes('Page 3 line 0'), 'reading stops at the page that passes the limit');

  const plain = new TextEncoder().encode('x'.repeat(MAX_RESUME_CHARS * 2));
  assert.equal((await extractText(plain, 'text')).length, MAX_RESUME_CHARS);
});

test('a DOCX whose text part unpacks past the limit is refused before mammoth reads it', async () => {
  const bomb = await oversizedDocx();
  assert.ok(bomb.length < 100_000, `${bomb.length} bytes`);
  await assert.rejects(extractText(new Uint8Array(bomb), 'docx'), (e) => e instanceof UnreadableFile && /more than 5 MB/.test(e.message));
  assert.equal(await extractText(new Uint8Array(await resumeDocx(['Jane Roe', 'Data Analyst'])), 'docx'), 'Jane Roe\n\nData Analyst');
});
