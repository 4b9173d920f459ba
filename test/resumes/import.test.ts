// `shortlist import`: folders, DOCX, text and zip archives of resumes become applications, named
// and e-mailed from the parsed resume; a second run imports nothing new.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { discoverSources } from '../../src/cli/import-sources.ts';
import { ImportJobError, type ImportResult, importResumes } from '../../src/resumes/import-resumes.ts';
import { testApp } from '../helpers/app.ts';
import { newJob, newOrganisation } from '../helpers/fixtures.ts';
import { minimalPdf } from '../helpers/minimal-pdf.ts';
import { imageOnlyPdf, oversizedDocx, resumeDocx } from '../helpers/resume-files.ts';
import { pngFile, zipFile } from '../uploads/files.ts';

const resume = (name: string, email: string) => [name, `${email} | +91 98765 43210`, 'Skills', 'Node.js, TypeScript, PostgreSQL', 'Experience', 'Backend Engineer, Acme Corp, Jan 2020 - Present'];

const ALICE_PDF = minimalPdf(resume('Alice Able', 'alice@mail.example'));

/** The folder of the main test: 5 resumes to import, 2 duplicates and 4 failures. */
async function resumeFolder(dir: string): Promise<void> {
  await mkdir(join(dir, 'sub'), { recursive: true });
  await writeFile(join(dir, 'a.pdf'), ALICE_PDF);
  await writeFile(join(dir, 'copy-of-a.pdf'), ALICE_PDF);
  await writeFile(join(dir, 'sub', 'b.pdf'), minimalPdf(resume('Bruno Baker', 'bruno@mail.example')));
  await writeFile(join(dir, 'c.docx'), await resumeDocx(resume('Chloe Carter', 'chloe@mail.example')));
  await writeFile(join(dir, 'd.txt'), resume('Dev Desai', 'dev@mail.example').join('\n'));
  await writeFile(join(dir, 'no-email.txt'), 'Nora Nomail\nSkills\nNode.js, TypeScript\n');
  await writeFile(join(dir, 'scan.pdf'), await imageOnlyPdf());
  await writeFile(join(dir, 'broken.pdf'), Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'));
  await writeFile(join(dir, 'long.docx'), await oversizedDocx());
  await writeFile(join(dir, 'z-same-email.txt'), resume('Alice Able', 'alice@mail.example').concat('Docker').join('\n'));
  await writeFile(join(dir, 'notes.md'), 'not a resume');
  await writeFile(
    join(dir, 'batch.zip'),
    zipFile({
      'inner/': '',
      'inner/e.txt': resume('Esha Evans', 'esha@mail.example').join('\n'),
      '__MACOSX/inner/._e.txt': 'resource fork',
      'inner/readme.md': 'ignored',
    }),
  );
}

/** Blobs in the file store (each beside a .type file holding its content type). */
async function countBlobs(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.type')).length;
}

const byName = (results: ImportResult[]) => Object.fromEntries(results.map((r) => [r.name.replace(/^.*?resumes[/\\]/, ''), r]));

const ctx = await testApp();
const org = await newOrganisation(ctx);
// Unpublished: the import acts as the job's owner, not as the public apply page.
const job = await newJob(org.admin.api, { published: false });
const dir = join(await mkdtemp(join(tmpdir(), 'shortlist-import-')), 'resumes');
await resumeFolder(dir);
after(() => rm(join(dir, '..'), { recursive: true, force: true }));

describe('bulk import', () => {
  const run = async (jobId: number, paths: string[]) => {
    const found = await discoverSources(paths);
    const progress: ImportResult[] = [];
    try {
      const summary = await importResumes({ pool: ctx.pool, queue: ctx.queue, blobs: ctx.blobs }, jobId, found.sources, { onResult: (r) => progress.push(r) });
      assert.deepEqual(progress, summary.results);
      return summary;
    } finally {
      found.close();
    }
  };

  test('imports PDFs, DOCX, text and zipped resumes; reports duplicates and failures with reasons', async () => {
    const summary = await run(job.id, [dir]);
    const results = byName(summary.results);
    assert.deepEqual(
      Object.keys(results).sort(),
      ['a.pdf', 'batch.zip:inner/e.txt', 'broken.pdf', 'c.docx', 'copy-of-a.pdf', 'd.txt', 'long.docx', 'no-email.txt', 'scan.pdf', 'sub/b.pdf', 'z-same-email.txt'],
    );
    assert.deepEqual({ imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed }, { imported: 5, duplicates: 2, failed: 4 });
    for (const name of ['a.pdf', 'sub/b.pdf', 'c.docx', 'd.txt', 'batch.zip:inner/e.txt']) assert.equal(results[name].outcome, 'imported', name);
    assert.deepEqual(results['copy-of-a.pdf'], { ...results['copy-of-a.pdf'], outcome: 'duplicate' });
    assert.match(results['copy-of-a.pdf'].reason ?? '', /Same content as .*a\.pdf/);
    assert.equal(results['z-same-email.txt'].reason, 'This candidate has already applied to the job.');
    assert.equal(results['no-email.txt'].reason, 'No e-mail address found in the resume.');
    assert.match(results['scan.pdf'].reason ?? '', /No text could be read/);
    assert.equal(results['broken.pdf'].reason, 'The file is corrupt or unreadable.');
    assert.match(results['long.docx'].reason ?? '', /unpacks to more than 5 MB/);
    for (const r of summary.results) assert.ok(!r.reason?.includes('@'), 'no e-mail in a reason');

    const { rows: candidates } = await ctx.pool.query('SELECT name, email FROM candidates WHERE org_id = $1 ORDER BY email', [org.admin.org_id]);
    assert.deepEqual(candidates, [
      { name: 'Alice Able', email: 'alice@mail.example' },
      { name: 'Bruno Baker', email: 'bruno@mail.example' },
      { name: 'Chloe Carter', email: 'chloe@mail.example' },
      { name: 'Dev Desai', email: 'dev@mail.example' },
      { name: 'Esha Evans', email: 'esha@mail.example' },
    ]);
    const { rows: resumes } = await ctx.pool.query(
      `SELECT r.id, r.resume_file, r.resume_sha256, r.resume_content_type, r.retries, c.email FROM resumes r
       JOIN candidates c ON c.id = r.candidate_id WHERE r.job_id = $1`,
      [job.id],
    );
    assert.equal(resumes.length, 5);
    const alice = resumes.find((r) => r.email === 'alice@mail.example');
    assert.equal(alice.resume_sha256, createHash('sha256').update(ALICE_PDF).digest('hex'));
    assert.equal(alice.resume_content_type, 'application/pdf');
    assert.equal(alice.retries, 1, 'the same-email duplicate spent no re-application');
    assert.ok(resumes.find((r) => r.email === 'chloe@mail.example').resume_content_type.includes('wordprocessingml'));
    for (const r of resumes) assert.ok(await ctx.blobs.exists(r.resume_file), r.resume_file);
    // Failed and duplicate files left nothing in the store.
    assert.equal(await countBlobs(join(ctx.config.dataDir, 'blobs')), 5);
    const { rows: parseJobs } = await ctx.pool.query("SELECT data FROM pgboss.job WHERE name = 'parse-resume'");
    assert.deepEqual(parseJobs.map((j) => j.data.resumeId).sort(), resumes.map((r) => r.id).sort());
    const { rows: statuses } = await ctx.pool.query("SELECT count(*)::int AS n FROM job_universal_status WHERE job_id = $1 AND status = 'Applied'", [job.id]);
    assert.equal(statuses[0].n, 5);
  });

  test('a second run imports nothing and reports duplicates', async () => {
    const summary = await run(job.id, [dir]);
    assert.deepEqual({ imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed }, { imported: 0, duplicates: 7, failed: 4 });
    assert.equal(byName(summary.results)['a.pdf'].reason, 'Already imported for this job.');
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM resumes WHERE job_id = $1', [job.id]);
    assert.equal(rows[0].n, 5);
    assert.equal(await countBlobs(join(ctx.config.dataDir, 'blobs')), 5);
  });

  test('an unknown job is an error naming the job, before any file is read', async () => {
    await assert.rejects(run(987654, [dir]), (error: Error) => error instanceof ImportJobError && error.message === 'No job with id 987654.');
  });

  test('the command: progress, summary on stdout, exit 1 when a file failed and 2 for an unknown job', async () => {
    const other = await newJob((await newOrganisation(ctx)).admin.api);
    const work = await mkdtemp(join(tmpdir(), 'shortlist-import-cli-'));
    after(() => rm(work, { recursive: true, force: true }));
    const folder = join(work, 'in');
    await mkdir(folder);
    await writeFile(join(folder, 'fay.pdf'), minimalPdf(resume('Fay Fisher', 'fay@mail.example')));
    await writeFile(join(folder, 'nomail.txt'), 'Gus Gray\nSkills\nGo\n');
    const photo = join(work, 'photo.png');
    await writeFile(photo, pngFile());

    const shortlist = async (...args: string[]) => {
      const child = spawn(process.execPath, ['bin/shortlist.js', 'import', ...args], {
        env: { ...process.env, DATABASE_URL: ctx.databaseUrl, JWT_SECRET: 'import-test-secret-that-is-long-enough-for-hs256', DATA_DIR: join(work, 'data'), LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const [code] = await once(child, 'exit');
      return { code, stdout, stderr };
    };

    const first = await shortlist('--job', String(other.id), folder, photo);
    assert.equal(first.code, 1, first.stdout + first.stderr);
    const lines = first.stdout.trim().split('\n');
    assert.equal(lines[0], 'Imported: 1, duplicates: 0, failed: 2');
    assert.deepEqual(lines.slice(1).sort(), [
      `failed     ${join(folder, 'nomail.txt')}: No e-mail address found in the resume.`,
      `failed     ${photo}: Unsupported file type; upload PDF, DOCX or plain text.`,
    ]);
    assert.ok(!first.stdout.includes('@') && !first.stderr.includes('@'), 'no e-mail is printed');
    assert.ok(!first.stdout.includes('Fay') && !first.stderr.includes('Fay'), 'no name is printed');

    const again = await shortlist('--job', String(other.id), join(folder, 'fay.pdf'));
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, `Imported: 0, duplicates: 1, failed: 0\nduplicate  ${join(folder, 'fay.pdf')}: Already imported for this job.\n`);

    const unknown = await shortlist('--job', '987654', folder);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No job with id 987654\./);
    const missing = await shortlist('--job', String(other.id), join(work, 'nowhere'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: .*nowhere/);
  });
});
