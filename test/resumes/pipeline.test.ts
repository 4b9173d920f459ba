// Every application's resume is stored and parsed by a background job: upload -> job -> parsed
// fields visible through the API, on the filesystem store and on S3.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseResumeJob } from '../../src/resumes/parse-resume.ts';
import { createBlobStore } from '../../src/storage/create.ts';
import { testApp, testConfig } from '../helpers/app.ts';
import { Api, newJob, newOrganisation, PDF, RESUME_LINES, sendForm } from '../helpers/fixtures.ts';
import { wav } from '../helpers/media.ts';
import { imageOnlyPdf, oversizedDocx, resumeDocx, twoColumnPdf } from '../helpers/resume-files.ts';
import { waitFor } from '../queue/fast-settings.ts';
import { startS3 } from '../storage/s3-server.ts';

type Ctx = Awaited<ReturnType<typeof testApp>>;

async function setUp(ctx: Ctx) {
  const org = await newOrganisation(ctx);
  const job = await newJob(org.admin.api, {
    title: 'Backend Engineer',
    description: 'Backend engineer: Node.js, TypeScript and PostgreSQL, 3+ years building REST APIs. Docker is a plus.',
    must_have_skills: [{ label: 'Node.js', value: 'Node.js' }, { label: 'PostgreSQL', value: 'PostgreSQL' }],
  });
  return { org, job };
}

async function apply(ctx: Ctx, job: { encrypted: string }, email: string, file: { filename: string; type: string; content: Buffer }, extra: Record<string, string> = {}) {
  const res = await sendForm(new Api(ctx.app), 'POST', '/candidates/candidate/', { name: 'Applicant', email, job_key: job.encrypted, ...extra }, [{ field: 'file', ...file }]);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { candidate_id: number; resumes: { id: number }[] };
}

const settled = (ctx: Ctx, resumeId: number) =>
  waitFor(async () => {
    const { rows } = await ctx.pool.query("SELECT * FROM resumes WHERE id = $1 AND (completed OR status_text = 'Failed to Process')", [resumeId]);
    return rows[0];
  }, 20_000);

const blobFiles = (dataDir: string): string[] => {
  const root = join(dataDir, 'blobs');
  try {
    return (readdirSync(root, { recursive: true }) as string[]).filter((f) => /[0-9a-f]{32}$/.test(f));
  } catch {
    return [];
  }
};

describe('on the filesystem store, with the worker in process', async () => {
  const ctx = await testApp({}, { workers: true });
  const { org, job } = await setUp(ctx);

  test('a PDF application is parsed and scored; every derived field is visible', async () => {
    const created = await apply(ctx, job, 'casey@mail.example', { filename: 'casey.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const resumeId = created.resumes[0].id;
    const row = await settled(ctx, resumeId);
    assert.equal(row.task_message, 'Resume Parsed Successfully');
    const res = await org.admin.api.get(`/resume_parser/resumes/${resumeId}/`);
    assert.equal(res.status, 200);
    const r = res.body;
    assert.equal(r.completed, true);
    assert.match(r.emails, /casey@mail\.example/);
    assert.ok(r.skills.some((s: { name: string }) => s.name === 'Node.js'));
    assert.ok(r.skills_matched.some((s: { name: string }) => s.name === 'PostgreSQL'));
    assert.ok(r.skill_match_count >= 2);
    assert.equal(r.work_experience[0].company, 'Acme Corp');
    assert.equal(r.education[0].school, 'Pune University');
    assert.ok(r.total_duration > 60);
    assert.match(r.overall_score, /^\d{1,2}\.\d{3}$/);
    for (const key of ['skills_score', 'work_exp_score', 'projects_score', 'education_score', 'certifications_score', 'overall_score']) {
      assert.match(r.resume_score[key], /^\d{1,2}\.\d{2}$/, key);
    }
    assert.ok(Number(r.resume_score.skills_score) <= 4);
    assert.equal(r.resume_score.score_weight, job.score_weight.id);
    assert.ok(r.ai_summary.length > 20);
    assert.equal(r.cost, '0.0000');
    assert.ok(Number(r.task_duration_seconds) < 5);
    assert.equal(r.status_text, Number(r.resume_score.overall_score) >= 6 ? 'Shortlisted' : 'Not Shortlisted');
    const detail = await org.admin.api.get(`/candidates/candidate/${created.candidate_id}/`);
    assert.equal(detail.body.resumes[0].resume_score.overall_score, r.resume_score.overall_score);
    const { rows } = await ctx.pool.query("SELECT status_text FROM candidate_stage_events WHERE candidate_id = $1 AND stage = 'resume-screening' AND action = 'completed'", [created.candidate_id]);
    assert.deepEqual(rows, [{ status_text: r.status_text }]);
  });

  test('a DOCX and a two-column PDF are parsed too', async () => {
    const docx = await apply(ctx, job, 'doc@mail.example', { filename: 'cv.docx', type: 'application/octet-stream', content: await resumeDocx(RESUME_LINES) });
    const two = await apply(ctx, job, 'jane.roe@example.com', { filename: 'jane.pdf', type: 'application/pdf', content: await twoColumnPdf() });
    const docxRow = await settled(ctx, docx.resumes[0].id);
    assert.equal(docxRow.resume_content_type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.ok(docxRow.skills.some((s: { name: string }) => s.name === 'TypeScript'));
    const twoRow = await settled(ctx, two.resumes[0].id);
    assert.equal(twoRow.completed, true);
    const skills = twoRow.skills.map((s: { name: string }) => s.name);
    for (const skill of ['TypeScript', 'Docker', 'Kubernetes']) assert.ok(skills.includes(skill), skill);
    assert.equal(twoRow.work_experience[0].position, 'Software Engineer');
  });

  test('an image-only PDF ends as "Failed to Process" with a clear task_message', async () => {
    const created = await apply(ctx, job, 'scan@mail.example', { filename: 'scan.pdf', type: 'application/pdf', content: await imageOnlyPdf() });
    const row = await settled(ctx, created.resumes[0].id);
    assert.equal(row.status_text, 'Failed to Process');
    assert.match(row.task_message, /No text could be read/);
    const list = await org.admin.api.get(`/candidates/list-with-stages/?job_id=${job.id}`);
    const mine = list.body.results.find((c: { id: number }) => c.id === created.candidate_id);
    assert.equal(mine.stages.resume.details.status_text, 'Failed to Process');
  });

  test('a DOCX whose text unpacks to more than 5 MB fails at once with the reason, and the worker lives on', async () => {
    const docx = { filename: 'long.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: await oversizedDocx() };
    const created = await apply(ctx, job, 'long-docx@mail.example', docx);
    const row = await settled(ctx, created.resumes[0].id);
    assert.equal(row.status_text, 'Failed to Process');
    assert.match(row.task_message, /unpacks to more than 5 MB/);
    assert.doesNotMatch(row.task_message, /attempts/, 'not retried');
    const next = await apply(ctx, job, 'after-docx@mail.example', { filename: 'r.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    assert.equal((await settled(ctx, next.resumes[0].id)).completed, true);
  });

  test('a new upload queues the resume again; the old file is deleted', async () => {
    const created = await apply(ctx, job, 'again@mail.example', { filename: 'a.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const first = await settled(ctx, created.resumes[0].id);
    const res = await sendForm(new Api(ctx.app), 'PATCH', `/candidates/candidate/${created.candidate_id}/`, { email: 'again@mail.example', applied_job: String(job.id) }, [
      { field: 'file', filename: 'b.pdf', type: 'application/pdf', content: await twoColumnPdf() },
    ]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const second = await waitFor(async () => {
      const { rows } = await ctx.pool.query('SELECT * FROM resumes WHERE id = $1 AND completed AND upload_count = 2', [first.id]);
      return rows[0];
    });
    assert.notEqual(second.resume_file, first.resume_file);
    assert.ok(second.skills.some((s: { name: string }) => s.name === 'Kubernetes'));
    await waitFor(async () => !(await ctx.blobs.exists(first.resume_file)));
  });

  test('deleting a candidate removes their files', async () => {
    const created = await sendForm(new Api(ctx.app), 'POST', '/candidates/candidate/', {
      name: 'Gone', email: 'gone@mail.example', job_key: job.encrypted, responses: JSON.stringify([{ questionId: 3, answer: '', type: 'audio' }]),
    }, [PDF, { field: '3', filename: 'a.wav', type: 'audio/wav', content: wav() }]);
    assert.equal(created.status, 201);
    const { rows } = await ctx.pool.query("SELECT resume_file, responses->0->>'audio_file' AS audio FROM resumes WHERE candidate_id = $1", [created.body.candidate_id]);
    const keys = [rows[0].resume_file, rows[0].audio];
    for (const key of keys) assert.equal(await ctx.blobs.exists(key), true);
    assert.equal((await org.admin.api.delete(`/candidates/candidate/${created.body.candidate_id}/`)).status, 204);
    await waitFor(async () => !(await ctx.blobs.exists(keys[0])) && !(await ctx.blobs.exists(keys[1])));
  });

  test('a refused application leaves no file behind', async () => {
    const before = blobFiles(ctx.config.dataDir).length;
    await apply(ctx, job, 'limit@mail.example', { filename: 'a.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const again = () => sendForm(new Api(ctx.app), 'POST', '/candidates/candidate/', { name: 'Applicant', email: 'limit@mail.example', job_key: job.encrypted }, [PDF]);
    assert.equal((await again()).status, 201);
    const refused = await again();
    assert.equal(refused.status, 400);
    assert.ok(refused.body.retries);
    const wrongType = await sendForm(new Api(ctx.app), 'POST', '/candidates/candidate/', { name: 'X', email: 'x@mail.example', job_key: job.encrypted }, [
      PDF, { field: 'profile_pic', filename: 'me.png', type: 'image/png', content: PDF.content as Buffer },
    ]);
    assert.equal(wrongType.status, 400);
    assert.ok(wrongType.body.profile_pic);
    // Two accepted applications each hold one resume (the re-application replaced the first file).
    await waitFor(async () => blobFiles(ctx.config.dataDir).length === before + 1);
    const { rows } = await ctx.pool.query("SELECT count(*)::int AS n FROM candidates WHERE email = 'x@mail.example'");
    assert.equal(rows[0].n, 0);
  });

  test('a resume whose file vanished is retried, then fails with the reason', async () => {
    const created = await apply(ctx, job, 'vanish@mail.example', { filename: 'a.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const resumeId = created.resumes[0].id;
    await settled(ctx, resumeId);
    const { rows } = await ctx.pool.query('SELECT resume_file FROM resumes WHERE id = $1', [resumeId]);
    await ctx.blobs.delete(rows[0].resume_file);
    await ctx.pool.query('UPDATE resumes SET completed = false, upload_count = upload_count + 1 WHERE id = $1', [resumeId]);
    await ctx.queue.send('parse-resume', { resumeId, upload: 2 }, { retryLimit: 1, retryDelay: 1, retryBackoff: false });
    const failed = await settled(ctx, resumeId);
    assert.equal(failed.status_text, 'Failed to Process');
    assert.match(failed.task_message, /after 2 attempts/);
  });
});

describe('lists show "Under Review" until parsed; a job that runs twice writes once', async () => {
  const ctx = await testApp();
  const { org, job } = await setUp(ctx);

  test('Under Review, then parsed once', async () => {
    const created = await apply(ctx, job, 'slow@mail.example', { filename: 'a.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const resumeId = created.resumes[0].id;
    const before = await org.admin.api.get(`/filter/candidate/${job.id}/`);
    assert.equal(before.body.results[0].resumes[0].status_text, 'Under Review');
    assert.equal(before.body.results[0].resumes[0].completed, false);
    const { rows: jobs } = await ctx.pool.query("SELECT data FROM pgboss.job WHERE name = 'parse-resume'");
    assert.deepEqual(jobs.map((j) => j.data), [{ resumeId, upload: 1 }]);

    await parseResumeJob(ctx.pool, ctx.blobs, ctx.config, { resumeId, upload: 1 });
    await parseResumeJob(ctx.pool, ctx.blobs, ctx.config, { resumeId, upload: 1 });
    const { rows } = await ctx.pool.query(
      `SELECT (SELECT count(*)::int FROM resume_scores WHERE resume_id = $1) AS scores,
              (SELECT count(*)::int FROM candidate_stage_events WHERE candidate_id = $2 AND action = 'completed') AS events`,
      [resumeId, created.candidate_id],
    );
    assert.deepEqual(rows[0], { scores: 1, events: 1 });
    const after = await org.admin.api.get(`/filter/candidate/${job.id}/`);
    assert.notEqual(after.body.results[0].resumes[0].status_text, 'Under Review');
  });
});

describe('on S3 (s3rver)', async () => {
  const s3 = await startS3({ closeAfter: false });
  const blobs = createBlobStore(testConfig({ STORAGE_URL: s3.storageUrl }));
  const ctx = await testApp({ STORAGE_URL: s3.storageUrl }, { workers: true, blobs });
  after(() => s3.close()); // after the app and its workers have stopped
  const { org, job } = await setUp(ctx);

  test('the resume is stored in the bucket, parsed, and served by a presigned URL', async () => {
    const created = await apply(ctx, job, 'cloud@mail.example', { filename: 'cloud.pdf', type: 'application/pdf', content: PDF.content as Buffer });
    const row = await settled(ctx, created.resumes[0].id);
    assert.equal(row.completed, true);
    assert.ok((await s3.listKeys()).includes(row.resume_file));
    const detail = await org.admin.api.get(`/candidates/candidate/${created.candidate_id}/`);
    const url: string = detail.body.resumes[0].resume_file;
    assert.match(url, /X-Amz-Signature=/);
    const file = await fetch(url);
    assert.equal(file.status, 200);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF.content);
    const download = await org.admin.api.get(`/candidates/download-resume/${created.resumes[0].id}/`);
    assert.equal(download.status, 200);
    assert.match(String(download.headers['content-disposition']), /cloud\.pdf/);
  });
});
