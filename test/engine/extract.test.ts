import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { layoutPage } from '../../src/engine/extract/layout.ts';
import { detectKind, extractText, parseResume } from '../../src/engine/index.ts';
import { twoColumnPdf } from '../helpers/resume-files.ts';

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
