// Engine benchmark: parse-and-score time per resume on one core (p50, p99) over the shared CVs,
// next to PDF text extraction alone, measured in the same run on PDFs made from some of the CVs.
//   node --import tsx bench/engine.ts
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { extractText, parseResume, scoreResume, understandJob } from '../src/engine/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CV_DIR = join(root, '../shared/data/dotin-resumes/train');
const JOBS_FILE = join(root, '../shared/data/rjdb/dev.jsonl');
const PDF_COUNT = 40;

function cvTexts(): string[] {
  return readdirSync(CV_DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) =>
      readFileSync(join(CV_DIR, f), 'utf8')
        .replace(/^<\?xml[^>]*>\s*/, '')
        .replace(/<\/?cv>|<label type="[^"]*">|<\/label>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
}

function jobTexts(): string[] {
  return readFileSync(JOBS_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 20)
    .map((l) => String(JSON.parse(l)['Job-Description']));
}

function wrap(line: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && font.widthOfTextAtSize(next, size) > width) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

async function toPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 10;
  // The standard font encodes Latin-1 only; other characters become spaces.
  const safe = text.replace(/\\x[0-9a-f]{2}/gi, ' ').replace(/[^\x20-\x7E\n]/g, ' ');
  let page = pdf.addPage([612, 792]);
  let y = 750;
  for (const raw of safe.split('\n')) {
    for (const line of wrap(raw.replace(/\s+/g, ' ').trim(), font, size, 512)) {
      if (y < 50) {
        page = pdf.addPage([612, 792]);
        y = 750;
      }
      page.drawText(line, { x: 50, y, size, font });
      y -= 13;
    }
    y -= 4;
  }
  return pdf.save();
}

const RUNS = 3;

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function row(name: string, times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `| ${name} | ${s.length} | ${quantile(s, 0.5).toFixed(2)} | ${quantile(s, 0.99).toFixed(2)} | ${mean.toFixed(2)} | ${s[s.length - 1].toFixed(2)} |`;
}

// Shapes of text that made a step of the engine take time growing with the square of the length
// (a resume without line breaks, a long run with no space or "@"): 100,000 characters each, each
// timed on its own row, as unlike inputs pooled would hide one growing slower in their median.
function hostileTexts(): Array<[name: string, text: string]> {
  return [
    ['"A." repeated', 'A.'.repeat(50_000)],
    ['one letter repeated', 'a'.repeat(100_000)],
    ['one job line repeated, no line break', 'Software Engineer at Brightwave Labs, Dover, DE 2015 - 2019. Built services in Java and SQL. '.repeat(1_100)],
    ['a town and comma repeated', 'Pinecrest, '.repeat(9_000)],
    ['a range repeated', '2019-2020 '.repeat(10_000)],
    ['an address without its end', `x@${'a.'.repeat(50_000)}1`],
    // Each a job of its own, above one dated job: every role told there is matched against every job found.
    [
      '2,700 role lines at other firms',
      `${Array.from({ length: 2_700 }, (_, i) => `Engineer at Al${i.toString(36).replace(/\d/g, (d) => 'bcdefghijk'[Number(d)])} Corp (Summer 2016)`).join('\n')}\nClerk, Quill Ltd 2015 - 2019`,
    ],
  ];
}

export async function benchEngine(): Promise<string> {
  const cvs = cvTexts();
  const jobs = jobTexts().map((description) => understandJob({ description }));
  const pdfs = await Promise.all(cvs.slice(0, PDF_COUNT).map(toPdf));

  // Warm-up so that the figures do not include compilation of the hot paths.
  for (const [i, text] of cvs.slice(0, 30).entries()) scoreResume(parseResume(text), jobs[i % jobs.length]);
  await extractText(pdfs[0], 'pdf');

  // Each resume is timed RUNS times and its median kept, so that a pause caused by another
  // process on a shared machine does not count as the engine's time.
  const engine: number[] = [];
  for (const [i, text] of cvs.entries()) {
    engine.push(
      await medianOf(async () => {
        scoreResume(parseResume(text), jobs[i % jobs.length]);
      }),
    );
  }
  const extraction: number[] = [];
  for (const bytes of pdfs) extraction.push(await medianOf(() => extractText(bytes, 'pdf')));
  const hostile: string[] = [];
  for (const [name, text] of hostileTexts()) hostile.push(row(`parse + score of hostile text (100,000 characters): ${name}`, [await medianOf(async () => scoreResume(parseResume(text), jobs[0]))]));
  return [
    `Engine on one core, ${cvs.length} CVs from dotin-resumes/train (median of ${RUNS} runs per resume), Node ${process.version}:`,
    '',
    '| step | resumes | p50 ms | p99 ms | mean ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    row('parse + score (text -> resume_json -> resume_score)', engine),
    row(`PDF text extraction alone (pdf.js, ${PDF_COUNT} CVs as PDFs)`, extraction),
    ...hostile,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchEngine());
}
