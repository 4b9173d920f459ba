import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';
import { videoPart, WEBM, wav } from '../helpers/media.ts';
import { pngFile } from '../uploads/files.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const job = await newJob(org.admin.api, { title: 'Public Apply Job' });

const applyFields = (email: string) => ({
  name: 'Priya Patel',
  email,
  location: JSON.stringify({ city: 'Pune', state: 'Maharashtra' }),
  contact: '9876543210',
  job_key: job.encrypted,
  workflow_id: 'null',
  linkedin: 'https://linkedin.example/priya',
  github: '',
  last_increment: '',
  expected_ctc: '12',
  current_ctc: '10.5',
  notice_period_in_months: '2',
  relevant_experience_in_months: '30',
  responses: JSON.stringify([{ questionId: 7, answer: 'yes', type: 'text' }]),
});

describe('the public apply flow of the web client', () => {
  test('job by key -> check-email -> apply -> exists -> re-apply -> retries exceeded', async () => {
    const email = 'priya+jobs@Example.COM';
    const view = await anon.get(`/jobs/candidate-view/${job.encrypted}/`);
    assert.equal(view.status, 200);
    const jobId = view.body.id;

    const before = await anon.get(`/candidates/check-email/${jobId}/${email}/`);
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, { exists: false });

    const audio = { field: '7', filename: 'Priya-ResumeScreening-7.mp3', type: 'audio/wav', content: wav() };
    const created = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields(email), [PDF, audio]);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const candidateId = created.body.candidate_id;
    assert.equal(created.body.id, candidateId);
    assert.equal(created.body.email, 'priya+jobs@example.com');
    assert.deepEqual(created.body.applied_jobs, [{ id: jobId, title: 'Public Apply Job' }]);
    assert.equal(created.body.resumes.length, 1);
    assert.equal(created.body.resumes[0].status_text, 'Under Review');
    assert.equal(created.body.resumes[0].retries, 1);
    // The anonymous flow gets a receipt: nothing of the stored profile, the parsed resume or the files.
    for (const key of ['contact', 'location', 'current_ctc', 'expected_ctc', 'linkedin', 'resume_file', 'resume_score', 'skills']) {
      assert.ok(!(key in created.body) && !(key in created.body.resumes[0]), key);
    }

    const stored = (await org.admin.api.get(`/candidates/candidate/${candidateId}/`)).body;
    assert.deepEqual(stored.location, { city: 'Pune', state: 'Maharashtra' });
    assert.equal(stored.github, null);
    assert.equal(stored.notice_period_in_months, 2);
    const resume = stored.resumes[0];
    assert.equal(resume.completed, false);
    // The file is stored, and resume_file is a signed URL that works without a token.
    const file = await anon.get(resume.resume_file.replace(/^http:\/\/[^/]+/, ''));
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.deepEqual(file.raw, PDF.content);
    // The audio answer sent as file part "7" is attached to question 7's response, as a signed URL.
    const [response] = resume.responses;
    assert.deepEqual({ ...response, audio_file: undefined }, { questionId: 7, answer: 'yes', type: 'text', audio_file: undefined });
    const audioFile = await anon.get(response.audio_file.replace(/^http:\/\/[^/]+/, ''));
    assert.equal(audioFile.headers['content-type'], 'audio/wav');

    const rows = await ctx.pool.query(
      `SELECT c.org_id, r.resume_size, r.upload_count, a.current_stage, a.status,
         (SELECT array_agg(action) FROM candidate_stage_events e WHERE e.candidate_id = c.id) AS events
       FROM candidates c JOIN resumes r ON r.candidate_id = c.id JOIN job_universal_status a ON a.candidate_id = c.id
       WHERE c.id = $1`,
      [candidateId],
    );
    assert.deepEqual(rows.rows, [
      { org_id: org.admin.org_id, resume_size: PDF.content.length, upload_count: 1, current_stage: '', status: 'Applied', events: ['applied'] },
    ]);

    const after = await anon.get(`/candidates/check-email/${jobId}/${email}/`);
    assert.equal(after.status, 200);
    assert.deepEqual(after.body, { exists: true, id: candidateId, applied_job: jobId, applied_jobs: [jobId], resume: resume.id, retries: 1 });

    const reapply = {
      ...applyFields(email),
      applied_job: String(after.body.applied_job),
      resume: String(after.body.resume),
      linkedin: ['https://linkedin.example/priya-2', 'https://linkedin.example/priya-2'],
    };
    delete (reapply as Record<string, unknown>).job_key;
    const updated = await sendForm(anon, 'PATCH', `/candidates/candidate/${candidateId}/`, reapply, [PDF]);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.id, candidateId);
    assert.ok(!('linkedin' in updated.body), 'an anonymous update gets a receipt, not the profile');
    const { rows: saved } = await ctx.pool.query('SELECT linkedin FROM candidates WHERE id = $1', [candidateId]);
    assert.equal(saved[0].linkedin, 'https://linkedin.example/priya-2');
    assert.equal(updated.body.resumes[0].retries, 2);
    assert.equal(updated.body.resumes[0].upload_count, 2);

    const third = await sendForm(anon, 'PATCH', `/candidates/candidate/${candidateId}/`, reapply, [PDF]);
    assert.equal(third.status, 400);
    assert.match(third.body.detail, /Maximum retries exceeded/);
    const again = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields(email), [PDF]);
    assert.equal(again.status, 400);
    assert.match(again.body.detail, /Maximum retries exceeded/);

    const { rows: final } = await ctx.pool.query('SELECT retries, upload_count FROM resumes WHERE candidate_id = $1', [candidateId]);
    assert.deepEqual(final, [{ retries: 2, upload_count: 2 }]);
    const { rows: events } = await ctx.pool.query('SELECT action FROM candidate_stage_events WHERE candidate_id = $1 ORDER BY id', [candidateId]);
    assert.deepEqual(events.map((e) => e.action), ['applied', 'reapplied']);
  });
});

describe('POST /candidates/candidate/ validation (400 with field messages, never 500)', () => {
  const post = (fields: Record<string, string | string[]>, files = [PDF]) => sendForm(anon, 'POST', '/candidates/candidate/', fields, files);

  test('two resumes, or two photos, in one form -> 400 naming the field; nothing is stored', async () => {
    const blobFiles = async () =>
      (await readdir(join(ctx.config.dataDir, 'blobs'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;
    const before = await blobFiles();
    const photo = { field: 'profile_pic', filename: 'me.png', type: 'image/png', content: pngFile() };
    const twoResumes = await post(applyFields('twice@b.example'), [PDF, PDF]);
    assert.equal(twoResumes.status, 400);
    assert.deepEqual(twoResumes.body.file, ['Send one file here, not several.']);
    const twoPhotos = await post(applyFields('twice@b.example'), [PDF, photo, photo]);
    assert.deepEqual(twoPhotos.body.profile_pic, ['Send one file here, not several.']);
    assert.equal(await blobFiles(), before);
    assert.equal((await ctx.pool.query("SELECT count(*)::int AS n FROM candidates WHERE email = 'twice@b.example'")).rows[0].n, 0);
  });

  test('missing file, empty file, bad e-mail, bad JSON fields and numbers are named', async () => {
    const noFile = await post(applyFields('a@b.example'), []);
    assert.equal(noFile.status, 400);
    assert.deepEqual(noFile.body.file, ['A resume file is required.']);
    const empty = await post(applyFields('a@b.example'), [{ ...PDF, content: '' }]);
    assert.deepEqual(empty.body.file, ['The submitted file is empty.']);
    const bad = await post({ ...applyFields('not-an-email'), location: '{city', responses: '{"a":1}', notice_period_in_months: 'two', current_ctc: '-5' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.email, ['Enter a valid email address.']);
    assert.deepEqual(bad.body.location, ['Must be valid JSON.']);
    assert.ok(bad.body.responses);
    assert.ok(bad.body.notice_period_in_months);
    assert.ok(bad.body.current_ctc);
    const blank = await post({ name: 'undefined', email: 'null', job_key: '' });
    assert.deepEqual(blank.body.name, ['This field may not be blank.']);
    assert.deepEqual(blank.body.email, ['This field may not be blank.']);
    assert.ok(blank.body.job_key);
    const { rows } = await ctx.pool.query("SELECT count(*)::int AS n FROM candidates WHERE email = 'a@b.example'");
    assert.equal(rows[0].n, 0);
  });

  test('unknown, unpublished and closed jobs are refused on job_key', async () => {
    const unknown = await post({ ...applyFields('u@b.example'), job_key: 'nope' });
    assert.equal(unknown.status, 400);
    assert.ok(unknown.body.job_key);
    const draft = await newJob(org.admin.api, { published: false });
    assert.equal((await post({ ...applyFields('u@b.example'), job_key: draft.encrypted })).status, 400);
    const closed = await newJob(org.admin.api, { close_date: '2020-01-01T00:00:00Z' });
    const res = await post({ ...applyFields('u@b.example'), job_key: closed.encrypted });
    assert.equal(res.status, 400);
    assert.match(res.body.job_key[0], /closed/);
  });

  test('a JSON body with job_id works the same way but still needs the file', async () => {
    const res = await anon.post('/candidates/candidate/', { name: 'Json Person', email: 'json@b.example', job_id: job.id, location: { city: 'Goa', state: 'Goa' } });
    assert.equal(res.status, 400);
    assert.deepEqual(Object.keys(res.body), ['file']);
    const array = await anon.post('/candidates/candidate/', [1, 2]);
    assert.equal(array.status, 400);
    const malformed = await anon.request('POST', '/candidates/candidate/', '{"name": ', { 'content-type': 'application/json' });
    assert.equal(malformed.status, 400);
  });

  test('a resume larger than the job accepts -> 400 naming file', async () => {
    const small = await newJob(org.admin.api);
    await ctx.pool.query('UPDATE screening_preferences SET max_resume_size = 5 WHERE job_id = $1', [small.id]);
    const res = await post({ ...applyFields('big@b.example'), job_key: small.encrypted });
    assert.equal(res.status, 400);
    assert.match(res.body.file[0], /larger/);
  });

  test('the same e-mail applying to a second job reuses the candidate', async () => {
    const second = await newJob(org.admin.api, { title: 'Second' });
    const first = await post(applyFields('twice@b.example'));
    const other = await post({ ...applyFields('TWICE@b.example'), job_key: second.encrypted, name: 'Priya P.' });
    assert.equal(other.status, 201);
    assert.equal(other.body.candidate_id, first.body.candidate_id);
    assert.equal(other.body.name, 'Priya P.');
    assert.deepEqual(other.body.applied_jobs, [{ id: second.id, title: 'Second' }]);
    const check = await anon.get(`/candidates/check-email/${second.id}/twice@b.example/`);
    assert.deepEqual(check.body.applied_jobs, [second.id, job.id]);
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM resumes WHERE candidate_id = $1', [first.body.candidate_id]);
    assert.equal(rows[0].n, 2);
  });
});

describe('GET /candidates/check-email/{job_id}/{email}/', () => {
  test('invalid e-mail -> 400, unknown job -> 404, malformed job id -> 400', async () => {
    const bad = await anon.get(`/candidates/check-email/${job.id}/not-an-email/`);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { email: ['Enter a valid email address.'] });
    assert.equal((await anon.get('/candidates/check-email/999999/a@b.example/')).status, 404);
    const malformed = await anon.get('/candidates/check-email/abc/a@b.example/');
    assert.equal(malformed.status, 400);
    assert.ok(malformed.body.job_id);
  });
});

describe('anonymous PATCH /candidates/candidate/{id}/', () => {
  test('needs the candidate e-mail and an applied job; a stranger gets 404', async () => {
    const created = await post2('owner@b.example');
    const id = created.body.candidate_id;
    const noJob = await sendForm(anon, 'PATCH', `/candidates/candidate/${id}/`, { email: 'owner@b.example', name: 'X' });
    assert.equal(noJob.status, 400);
    assert.ok(noJob.body.applied_job);
    const stranger = await sendForm(anon, 'PATCH', `/candidates/candidate/${id}/`, { email: 'thief@b.example', applied_job: String(job.id), name: 'X' });
    assert.equal(stranger.status, 404);
    const otherJob = await sendForm(anon, 'PATCH', `/candidates/candidate/${id}/`, { email: 'owner@b.example', applied_job: '999999' });
    assert.equal(otherJob.status, 400);
    const missing = await sendForm(anon, 'PATCH', '/candidates/candidate/999999/', { email: 'owner@b.example', applied_job: String(job.id) });
    assert.equal(missing.status, 404);
    const malformed = await anon.patch('/candidates/candidate/abc/', { name: 'x' });
    assert.equal(malformed.status, 400);
    const { rows } = await ctx.pool.query('SELECT name FROM candidates WHERE id = $1', [id]);
    assert.equal(rows[0].name, 'Priya Patel');
  });

  test('PUT from the recruiter modal sends applied_job as the list check-email gave', async () => {
    const created = await post2('modal@b.example');
    const id = created.body.candidate_id;
    const res = await sendForm(anon, 'PUT', `/candidates/candidate/${id}/`, {
      name: 'Modal Person', email: 'modal@b.example', location: JSON.stringify({ city: 'Delhi', state: 'Delhi' }), linkedin: '', applied_job: `${job.id}`,
    }, [PDF]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.name, 'Modal Person');
    const { rows } = await ctx.pool.query('SELECT location FROM candidates WHERE id = $1', [id]);
    assert.deepEqual(rows[0].location, { city: 'Delhi', state: 'Delhi' });
    assert.equal(res.body.resumes[0].retries, 2);
  });

  test("PUT with applied_job as FormData sends check-email's applied_jobs of a candidate with two applications: \"2,1\"", async () => {
    const created = await post2('two-jobs@b.example');
    const id = created.body.candidate_id;
    const second = await newJob(org.admin.api, { title: 'Second Modal Job' });
    assert.equal((await sendForm(anon, 'POST', '/candidates/candidate/', { ...applyFields('two-jobs@b.example'), job_key: second.encrypted }, [PDF])).status, 201);
    const check = await anon.get(`/candidates/check-email/${second.id}/two-jobs@b.example/`);
    assert.deepEqual(check.body.applied_jobs, [second.id, job.id]);
    const res = await sendForm(anon, 'PUT', `/candidates/candidate/${id}/`, { name: 'Two Jobs', email: 'two-jobs@b.example', applied_job: String(check.body.applied_jobs) }, [PDF]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { rows } = await ctx.pool.query('SELECT job_id, upload_count FROM resumes WHERE candidate_id = $1 ORDER BY job_id', [id]);
    assert.deepEqual(rows, [{ job_id: job.id, upload_count: 1 }, { job_id: second.id, upload_count: 2 }], 'the first job listed gets the resume');
    for (const bad of ['2,x', '[1,', ',']) {
      const refused = await sendForm(anon, 'PUT', `/candidates/candidate/${id}/`, { name: 'Two Jobs', email: 'two-jobs@b.example', applied_job: bad }, [PDF]);
      assert.equal(refused.status, 400, bad);
      assert.ok(refused.body.applied_job, bad);
    }
  });

  test('GET /candidates/candidate-details/{id}/ is public and minimal', async () => {
    const created = await post2('details@b.example');
    const res = await anon.get(`/candidates/candidate-details/${created.body.candidate_id}/`);
    assert.deepEqual(res.body, { id: created.body.candidate_id, name: 'Priya Patel' });
    assert.equal((await anon.get('/candidates/candidate-details/999999/')).status, 404);
    assert.equal((await anon.get('/candidates/candidate-details/x/')).status, 400);
  });
});

function post2(email: string) {
  return sendForm(anon, 'POST', '/candidates/candidate/', applyFields(email), [PDF]);
}

describe('malformed requests to the public form', () => {
  test('a broken multipart body, a plain-text body and too many files -> 4xx, never 500', async () => {
    const broken = await anon.request('POST', '/candidates/candidate/', '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nA', {
      'content-type': 'multipart/form-data; boundary=xyz',
    });
    assert.ok(broken.status >= 400 && broken.status < 500, String(broken.status));
    const text = await anon.request('POST', '/candidates/candidate/', 'name=A', { 'content-type': 'text/plain' });
    assert.equal(text.status, 400);
    assert.ok(text.body.non_field_errors);
    const many = Array.from({ length: 21 }, (_, i) => ({ ...PDF, field: String(i) }));
    const tooMany = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields('many@b.example'), many);
    assert.ok(tooMany.status >= 400 && tooMany.status < 500, String(tooMany.status));
  });

  test('workflow_id and the answer files are recorded on the applied event', async () => {
    const res = await sendForm(anon, 'POST', '/candidates/candidate/', { ...applyFields('wf@b.example'), workflow_id: '12' }, [
      PDF,
      { field: '31', filename: 'x-ResumeScreening-31.mp3', type: 'audio/wav', content: wav() },
    ]);
    assert.equal(res.status, 201);
    const { rows } = await ctx.pool.query("SELECT details FROM candidate_stage_events WHERE candidate_id = $1 AND action = 'applied'", [res.body.candidate_id]);
    assert.deepEqual(rows[0].details, { workflow_id: 12, files: ['file', '31'] });
    const bad = await sendForm(anon, 'POST', '/candidates/candidate/', { ...applyFields('wf2@b.example'), workflow_id: 'abc' }, [PDF]);
    assert.ok(bad.body.workflow_id);
  });
});

describe('a replaced photo', () => {
  const photo = () => ({ field: 'profile_pic', filename: 'me.png', type: 'image/png', content: pngFile() });
  const photoOf = async (id: number) => (await ctx.pool.query('SELECT profile_pic FROM candidates WHERE id = $1', [id])).rows[0].profile_pic as string;
  const deletionsOf = async (key: string) =>
    (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [key])).rows[0].n;

  test('applying again or a recruiter update with a new photo queues the old one for deletion', async () => {
    const first = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields('photo@b.example'), [PDF, photo()]);
    assert.equal(first.status, 201);
    const id = first.body.candidate_id;
    const firstPhoto = await photoOf(id);
    assert.ok(firstPhoto);
    assert.equal(await deletionsOf(firstPhoto), 0);

    const second = await newJob(org.admin.api, { title: 'Photo Job' });
    const again = await sendForm(anon, 'POST', '/candidates/candidate/', { ...applyFields('photo@b.example'), job_key: second.encrypted }, [PDF, photo()]);
    assert.equal(again.status, 201);
    const secondPhoto = await photoOf(id);
    assert.notEqual(secondPhoto, firstPhoto);
    assert.equal(await deletionsOf(firstPhoto), 1);

    const updated = await sendForm(org.admin.api, 'PATCH', `/candidates/candidate/${id}/`, { name: 'Photo Person' }, [photo()]);
    assert.equal(updated.status, 200);
    const thirdPhoto = await photoOf(id);
    assert.notEqual(thirdPhoto, secondPhoto);
    assert.equal(await deletionsOf(secondPhoto), 1);

    assert.equal((await org.admin.api.patch(`/candidates/candidate/${id}/`, { contact: '123' })).status, 200);
    assert.equal(await photoOf(id), thirdPhoto, 'an update without a photo keeps it');
    assert.equal(await deletionsOf(thirdPhoto), 0);
  });

  test("the intro video uploaded with an application is each application's introduction_video, as a link", async () => {
    const applied = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields('video@b.example'), [PDF, { ...videoPart('intro_video'), filename: 'me.webm' }]);
    assert.equal(applied.status, 201, JSON.stringify(applied.body));
    const detail = await org.admin.api.get(`/candidates/candidate/${applied.body.candidate_id}/`);
    const link = detail.body.resumes[0].introduction_video;
    assert.equal(link, detail.body.intro_video);
    assert.match(link, /\/files\/intro-videos\/.+\?expires=\d+&signature=/);
    const video = await anon.get(link.replace(/^http:\/\/[^/]+/, ''));
    assert.equal(video.status, 200);
    assert.deepEqual(video.raw, WEBM);
  });

  test('the photo reaches the client as a link that works without a token: profile_pic, and avatar in the pipeline', async () => {
    const applied = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields('avatar@b.example'), [PDF, photo()]);
    assert.equal(applied.status, 201);
    const key = await photoOf(applied.body.candidate_id);
    const detail = await org.admin.api.get(`/candidates/candidate/${applied.body.candidate_id}/`);
    const list = await org.admin.api.get(`/candidates/list-with-stages/?job_id=${job.id}&page_size=100`);
    const row = list.body.results.find((r: { id: number }) => r.id === applied.body.candidate_id);
    for (const link of [detail.body.profile_pic, row.avatar]) {
      assert.match(link, /^http:\/\/localhost(:80)?\/files\/profile-pics\/.+\?expires=\d+&signature=/);
      const image = await anon.get(link.replace(/^http:\/\/[^/]+/, ''));
      assert.equal(image.status, 200);
      assert.deepEqual(image.raw, pngFile());
    }
    assert.ok(!JSON.stringify(list.body).includes(`"${key}"`), 'no bare blob key');
  });
});
