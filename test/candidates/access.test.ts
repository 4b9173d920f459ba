import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const lonelyEditor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const adminJob = await newJob(org.admin.api, { title: 'Admin Job' });
const editorJob = await newJob(editor.api, { title: 'Editor Job', users_shared_with: [participant.id] });
const c1 = await newApplication(ctx.app, adminJob, { name: 'Alice Admin-Side', email: 'alice@mail.example' });
const c2 = await newApplication(ctx.app, editorJob, { name: 'Bob Editor-Side', email: 'bob@mail.example' });
const other = await newOrganisation(ctx);
const otherJob = await newJob(other.admin.api, { title: 'Other Org Job' });
const c3 = await newApplication(ctx.app, otherJob, { name: 'Olga Other', email: 'alice@mail.example' });

const ids = (page: { results: { id: number }[] }) => page.results.map((r) => r.id).sort();

describe('who sees which candidates', () => {
  test('Admin: the organisation; Editor and Participant: their jobs; nobody else', async () => {
    assert.deepEqual(ids((await org.admin.api.get('/candidates/candidate/')).body), [c1.id, c2.id].sort());
    assert.deepEqual(ids((await editor.api.get('/candidates/candidate/')).body), [c2.id]);
    assert.deepEqual(ids((await participant.api.get('/candidates/candidate/')).body), [c2.id]);
    const empty = await lonelyEditor.api.get('/candidates/candidate/');
    assert.deepEqual(empty.body, { count: 0, next: null, previous: null, results: [] });
    assert.deepEqual(ids((await other.admin.api.get('/candidates/candidate/')).body), [c3.id]);
    assert.notEqual(c3.id, c1.id, 'the same e-mail in another organisation is another candidate');
  });

  test('retrieve: another organisation or an unseen job -> 404; anonymous -> 401 (the list: empty, as the spec has it)', async () => {
    assert.equal((await editor.api.get(`/candidates/candidate/${c1.id}/`)).status, 404);
    assert.equal((await other.admin.api.get(`/candidates/candidate/${c1.id}/`)).status, 404);
    assert.equal((await anon.get(`/candidates/candidate/${c1.id}/`)).status, 401);
    const list = await anon.get('/candidates/candidate/');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body, { count: 0, next: null, previous: null, results: [] });
    assert.ok((await org.admin.api.get('/candidates/candidate/')).body.count > 0);
    assert.equal((await new Api(ctx.app, 'not-a-valid-token').get('/candidates/candidate/')).status, 401, 'a failing token is no anonymous caller');
    assert.equal((await org.admin.api.get('/candidates/candidate/0/')).status, 400);
    assert.equal((await org.admin.api.get('/candidates/candidate/abc/')).status, 400);
  });

  test('retrieve has the spec payload: applied_jobs with score_weight and owner, resumes as a list', async () => {
    const res = await participant.api.get(`/candidates/candidate/${c2.id}/`);
    assert.equal(res.status, 200);
    const c = res.body;
    assert.equal(c.name, 'Bob Editor-Side');
    assert.deepEqual(c.location, { city: 'Pune', state: 'Maharashtra' });
    assert.equal(c.applied_jobs.length, 1);
    const job = c.applied_jobs[0];
    assert.equal(job.id, editorJob.id);
    assert.deepEqual(job.score_weight, { id: 1, skills: '0.40', work_experience: '0.10', projects: '0.30', education: '0.10', certifications: '0.10', user: null });
    assert.equal(job.owner.id, editor.id);
    assert.equal(job.applicants_count, 1);
    assert.ok(Array.isArray(c.resumes));
    const r = c.resumes[0];
    for (const key of ['resume_score', 'score_weight', 'resume_json', 'cost', 'skills', 'skills_matched', 'projects', 'education', 'certifications', 'work_experience', 'total_duration', 'resume_file', 'upload_count', 'retries', 'status_text', 'approved_at', 'is_approved', 'job', 'preference', 'approved_by', 'updated_by', 'users_shared_with']) {
      assert.ok(key in r, `resume.${key}`);
    }
    assert.equal(r.cost, '0.0000');
    assert.equal(r.score_weight.skills, '0.40');
    assert.equal(r.resume_score, null);
    assert.deepEqual(r.users_shared_with, [participant.id]);
    assert.deepEqual(c.experience, []);
    assert.deepEqual(c.interview_steps.map((s: { service: { name: string }; completed: boolean }) => [s.service.name, s.completed]), [['Resume Screening', false]]);
    assert.match(c.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
  });

  test('an Admin sees every application of a candidate, an Editor only those to their jobs', async () => {
    const both = await newApplication(ctx.app, adminJob, { name: 'Both Jobs', email: 'both@mail.example' });
    await newApplication(ctx.app, editorJob, { name: 'Both Jobs', email: 'both@mail.example' });
    assert.equal((await org.admin.api.get(`/candidates/candidate/${both.id}/`)).body.resumes.length, 2);
    const seen = (await editor.api.get(`/candidates/candidate/${both.id}/`)).body;
    assert.deepEqual(seen.applied_jobs.map((j: { id: number }) => j.id), [editorJob.id]);
    assert.deepEqual(seen.resumes.map((r: { job: number }) => r.job), [editorJob.id]);
  });
});

describe('changing and deleting candidates', () => {
  test('Participant -> 403; Editor updates candidates of their jobs with JSON', async () => {
    assert.equal((await participant.api.patch(`/candidates/candidate/${c2.id}/`, { name: 'Nope' })).status, 403);
    assert.equal((await editor.api.patch(`/candidates/candidate/${c1.id}/`, { name: 'Nope' })).status, 404);
    const res = await editor.api.patch(`/candidates/candidate/${c2.id}/`, { name: 'Bob Renamed', notice_period_in_months: 3, current_ctc: '7.5', location: { city: 'Mumbai', state: 'MH' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Bob Renamed');
    const { rows } = await ctx.pool.query('SELECT name, notice_period_in_months, current_ctc, location FROM candidates WHERE id = $1', [c2.id]);
    assert.deepEqual(rows[0], { name: 'Bob Renamed', notice_period_in_months: 3, current_ctc: '7.50', location: { city: 'Mumbai', state: 'MH' } });
  });

  test("another candidate's e-mail -> 400 naming email; bad fields -> 400", async () => {
    const res = await org.admin.api.patch(`/candidates/candidate/${c2.id}/`, { email: 'ALICE@mail.example' });
    assert.equal(res.status, 400);
    assert.ok(res.body.email);
    const bad = await org.admin.api.patch(`/candidates/candidate/${c2.id}/`, { notice_period_in_months: -1, location: 'Pune' });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.notice_period_in_months);
    assert.ok(bad.body.location);
  });

  test('DELETE: Participant 403, other organisation 404, Editor removes the application and the candidate', async () => {
    const doomed = await newApplication(ctx.app, editorJob, { name: 'Doomed' });
    assert.equal((await participant.api.delete(`/candidates/candidate/${doomed.id}/`)).status, 403);
    assert.equal((await other.admin.api.delete(`/candidates/candidate/${doomed.id}/`)).status, 404);
    assert.equal((await anon.delete(`/candidates/candidate/${doomed.id}/`)).status, 401);
    assert.equal((await editor.api.delete(`/candidates/candidate/${doomed.id}/`)).status, 204);
    const { rows } = await ctx.pool.query(
      `SELECT (SELECT count(*) FROM candidates WHERE id = $1)::int AS c, (SELECT count(*) FROM resumes WHERE candidate_id = $1)::int AS r,
              (SELECT count(*) FROM job_universal_status WHERE candidate_id = $1)::int AS a`,
      [doomed.id],
    );
    assert.deepEqual(rows[0], { c: 0, r: 0, a: 0 });
  });
});

describe('candidate-names-list, get_count, stages', () => {
  test('candidate-names-list: Admin and Editor only, with name, jobId and shortlisted', async () => {
    assert.equal((await participant.api.get('/candidates/candidate-names-list/')).status, 403);
    const all = await org.admin.api.get('/candidates/candidate-names-list/');
    assert.equal(all.status, 200);
    assert.ok(all.body.results.every((r: object) => Object.keys(r).join() === 'id,name'));
    const byName = await org.admin.api.get('/candidates/candidate-names-list/?name=alice');
    assert.deepEqual(byName.body.results, [{ id: c1.id, name: 'Alice Admin-Side' }]);
    const byJob = await editor.api.get(`/candidates/candidate-names-list/?jobId=${editorJob.id}`);
    assert.ok(byJob.body.results.some((r: { id: number }) => r.id === c2.id));
    assert.equal((await editor.api.get(`/candidates/candidate-names-list/?jobId=${adminJob.id}`)).status, 404);
    assert.equal((await org.admin.api.get(`/candidates/candidate-names-list/?jobId=${adminJob.id}&shortlisted=true`)).body.count, 0);
    await org.admin.api.patch(`/resume_parser/resumes/${c1.resumes[0].id}/`, { status_text: 'Shortlisted' });
    const shortlisted = await org.admin.api.get(`/candidates/candidate-names-list/?jobId=${adminJob.id}&shortlisted=true`);
    assert.deepEqual(shortlisted.body.results, [{ id: c1.id, name: 'Alice Admin-Side' }]);
    assert.equal((await org.admin.api.get('/candidates/candidate-names-list/?jobId=x')).status, 400);
  });

  test('candidate-names-list?shortlisted=true without a job: shortlists on deleted jobs do not count', async () => {
    const doomedJob = await newJob(org.admin.api, { title: 'Closing Soon' });
    const only = await newApplication(ctx.app, doomedJob, { name: 'Quentin Only-Here', email: 'quentin@mail.example' });
    await org.admin.api.patch(`/resume_parser/resumes/${only.resumes[0].id}/`, { status_text: 'Shortlisted' });
    const ids = async () => (await org.admin.api.get('/candidates/candidate-names-list/?shortlisted=true&page_size=100')).body.results.map((r: { id: number }) => r.id);
    assert.ok((await ids()).includes(only.id));
    assert.equal((await org.admin.api.delete(`/jobs/job/${doomedJob.id}/`)).status, 204);
    assert.ok(!(await ids()).includes(only.id));
  });

  test('get_count counts within what the caller may see', async () => {
    const admin = await org.admin.api.get('/get_count/all/');
    const { rows } = await ctx.pool.query(
      'SELECT count(DISTINCT a.candidate_id)::int AS n FROM job_universal_status a JOIN jobs j ON j.id = a.job_id WHERE j.org_id = $1',
      [org.admin.org_id],
    );
    assert.deepEqual(admin.body, { jobs: 2, applicants: rows[0].n });
    assert.deepEqual((await lonelyEditor.api.get('/get_count/all/')).body, { jobs: 0, applicants: 0 });
    const { rows: editorRows } = await ctx.pool.query('SELECT count(DISTINCT candidate_id)::int AS n FROM job_universal_status WHERE job_id = $1', [editorJob.id]);
    assert.deepEqual((await editor.api.get('/get_count/all/')).body, { jobs: 1, applicants: editorRows[0].n });
    assert.deepEqual((await editor.api.get('/get_count/jobs/')).body, { jobs: 1 });
    assert.deepEqual((await editor.api.get('/get_count/applicants/')).body, { applicants: editorRows[0].n });
    assert.deepEqual((await other.admin.api.get('/get_count/jobs/')).body, { jobs: 1 });
    assert.deepEqual((await other.admin.api.get('/get_count/applicants/')).body, { applicants: 1 });
    assert.equal((await org.admin.api.get('/get_count/everything/')).status, 400);
    assert.equal((await anon.get('/get_count/all/')).status, 401);
  });

  test('stages/: GET with query or POST with body; never null; 404 outside reach', async () => {
    const res = await participant.api.get(`/candidates/stages/?candidate_id=${c2.id}&job_id=${editorJob.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.candidate_id, c2.id);
    const { resume, assessment, video } = res.body.stages;
    assert.deepEqual([resume.exists, resume.key, resume.stage_name, resume.service_id], [true, 'resume-screening', 'Resume Screening', 1]);
    assert.equal(resume.details.status_text, 'Under Review');
    assert.equal(resume.details.updated_by, null);
    assert.deepEqual(assessment, { exists: false, key: 'assessment', stage_name: 'Assessments', service_id: 3, details: null });
    assert.deepEqual(video, { exists: false, key: 'automated-video-interview', stage_name: 'Automated Video Interview', service_id: 2, details: null });
    const post = await editor.api.post('/candidates/stages/', { candidate_id: c2.id, job_id: editorJob.id });
    assert.deepEqual(post.body, res.body);
    assert.equal((await editor.api.get(`/candidates/stages/?candidate_id=${c1.id}&job_id=${adminJob.id}`)).status, 404);
    assert.equal((await other.admin.api.get(`/candidates/stages/?candidate_id=${c2.id}&job_id=${editorJob.id}`)).status, 404);
    const missing = await editor.api.get(`/candidates/stages/?candidate_id=${c2.id}`);
    assert.equal(missing.status, 400);
    assert.ok(missing.body.job_id);
  });
});

describe('candidate-names-list without a job', () => {
  test('shortlisted counts only shortlists on jobs the caller may see', async () => {
    await newApplication(ctx.app, editorJob, { name: 'Dora Both-Sides', email: 'dora@mail.example' });
    const onAdminJob = await newApplication(ctx.app, adminJob, { name: 'Dora Both-Sides', email: 'dora@mail.example' });
    assert.equal((await org.admin.api.patch(`/resume_parser/resumes/${onAdminJob.resumes[0].id}/`, { status_text: 'Shortlisted' })).status, 200);
    const names = async (user: { api: Api }) => (await user.api.get('/candidates/candidate-names-list/?shortlisted=true&name=dora')).body.results;
    assert.deepEqual(await names(org.admin), [{ id: onAdminJob.candidate_id, name: 'Dora Both-Sides' }]);
    assert.deepEqual(await names(editor), [], 'the editor sees Dora through their own job, where she is not shortlisted');
    assert.deepEqual((await editor.api.get('/candidates/candidate-names-list/?name=dora')).body.results, [{ id: onAdminJob.candidate_id, name: 'Dora Both-Sides' }]);
  });
});
