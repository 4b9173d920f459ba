import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const adminJob = await newJob(org.admin.api, { title: 'Screening Analyst' });
const editorJob = await newJob(editor.api, { title: 'Screening Engineer' });
const first = await newApplication(ctx.app, adminJob, { name: 'Iris First' });
const second = await newApplication(ctx.app, adminJob, { name: 'Jonas Second' });
const third = await newApplication(ctx.app, editorJob, { name: 'Kira Third' });
const rival = await newOrganisation(ctx);

const names = (body: { results: { name: string }[] }) => body.results.map((r) => r.name);

describe('GET /filter/resume (the resume-screening grid)', () => {
  test("an Admin pages through the organisation's resumes, newest first, each as the resume object", async () => {
    const res = await org.admin.api.get('/filter/resume');
    assert.equal(res.status, 200);
    assert.equal(res.body.count, 3);
    assert.deepEqual(names(res.body), ['Kira Third', 'Jonas Second', 'Iris First']);
    const row = res.body.results[2];
    assert.equal(row.id, first.resumes[0].id);
    assert.equal(row.candidate, first.id);
    assert.equal(row.status_text, 'Under Review');
    for (const field of ['task_message', 'retries', 'resume_score', 'resume_file', 'completed']) assert.ok(field in row, field);
    assert.equal((await org.admin.api.get('/filter/resume/?page_size=1&page=2')).body.results[0].name, 'Jonas Second');
  });

  test("each row carries what the grid reads: the job's title for Job Name, candidate_ids[0] for the name click", async () => {
    const row = (await org.admin.api.get('/filter/resume')).body.results[2];
    assert.deepEqual(row.job, { id: adminJob.id, title: 'Screening Analyst' });
    assert.deepEqual(row.candidate_ids, [first.id]);
    assert.equal(row.name, 'Iris First');
    assert.equal(row.resume_score, null);
    assert.equal(row.status_text, 'Under Review');
    assert.ok(Date.parse(row.updated_at));
    assert.ok('task_message' in row);
    const { rows } = await ctx.pool.query('SELECT candidate_id, job_id FROM resumes WHERE id = $1', [row.id]);
    assert.deepEqual([rows[0].candidate_id, rows[0].job_id], [first.id, adminJob.id]);
  });

  test("elsewhere a resume's job stays the bare id: the resume read and the application's resumes", async () => {
    const resume = await org.admin.api.get(`/resume_parser/resumes/${first.resumes[0].id}/`);
    assert.equal(resume.status, 200);
    assert.equal(resume.body.job, adminJob.id);
    assert.equal('candidate_ids' in resume.body, false);
    assert.equal(first.resumes[0].job, adminJob.id);
  });

  test('an Editor sees the resumes of their jobs only; another organisation none; no token 401', async () => {
    assert.deepEqual(names((await editor.api.get('/filter/resume/')).body), ['Kira Third']);
    assert.equal((await rival.admin.api.get('/filter/resume/')).body.count, 0);
    assert.equal((await new Api(ctx.app).get('/filter/resume/')).status, 401);
  });

  test('filters and order: by job, status, job title and name; o=name', async () => {
    assert.deepEqual(names((await org.admin.api.get(`/filter/resume/?job=${adminJob.id}&o=name`)).body), ['Iris First', 'Jonas Second']);
    const shortlisted = await org.admin.api.patch(`/resume_parser/resumes/${second.resumes[0].id}/`, { status_text: 'Shortlisted' });
    assert.equal(shortlisted.status, 200);
    assert.deepEqual(names((await org.admin.api.get('/filter/resume/?status_text__iexact=shortlisted')).body), ['Jonas Second']);
    assert.deepEqual(names((await org.admin.api.get('/filter/resume/?job__title__icontains=engineer')).body), ['Kira Third']);
    assert.deepEqual(names((await org.admin.api.get('/filter/resume/?job__title=Screening%20Engineer')).body), ['Kira Third'], 'a field named with __ filters exactly');
    assert.deepEqual(names((await org.admin.api.get('/filter/resume/?name__istartswith=ir')).body), ['Iris First']);
    assert.equal(third.resumes[0].job, editorJob.id);
  });

  test('an unknown order or a bad value -> 400 naming the parameter', async () => {
    const order = await org.admin.api.get('/filter/resume/?o=-password_hash');
    assert.equal(order.status, 400);
    assert.ok(order.body.o);
    const value = await org.admin.api.get('/filter/resume/?created_at__gte=yesterday');
    assert.equal(value.status, 400);
    assert.ok(value.body.created_at__gte);
  });
});
