import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const otherEditor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);

describe('creating jobs', () => {
  test('an Editor creates a job that nests owner and score_weight and computes counts', async () => {
    const res = await editor.api.post('/jobs/job/', {
      title: 'Data Engineer',
      description: 'Spark and Python',
      jd_html: '<p>Spark</p>',
      min_experience: 2,
      max_experience: 5,
      employment_type: 'Full Time',
      location: 'Pune / Remote',
      must_have_skills: [{ label: 'Spark', value: 'Apache Spark' }],
      score_weight: JSON.stringify({ skills: 0.5, work_experience: 0.2, projects: 0.1, education: 0.1, certifications: 0.1 }),
      close_date: '2030-01-17T00:00:00Z',
    });
    assert.equal(res.status, 201);
    const job = res.body;
    assert.equal(job.title, 'Data Engineer');
    assert.equal(job.experience, 3);
    assert.equal(job.owner.id, editor.id);
    assert.equal(job.owner.role.name, 'Editor');
    assert.deepEqual(
      { ...job.score_weight, id: undefined, user: undefined },
      { id: undefined, user: undefined, skills: '0.50', work_experience: '0.20', projects: '0.10', education: '0.10', certifications: '0.10' },
    );
    assert.equal(job.applicants_count, 0);
    assert.equal(job.applicants_today_count, 0);
    assert.equal(job.close_date, '2030-01-17T00:00:00.000000Z');
    assert.match(job.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    assert.ok(job.encrypted.length >= 16);
    assert.deepEqual(job.users_shared_with, []);
    const { rows } = await ctx.pool.query('SELECT max_retries FROM screening_preferences WHERE job_id = $1', [job.id]);
    assert.equal(rows[0].max_retries, 1);
  });

  test('default weights are the spec 0.40/0.10/0.30/0.10/0.10', async () => {
    const job = await newJob(org.admin.api);
    assert.equal(job.score_weight.skills, '0.40');
    assert.equal(job.score_weight.projects, '0.30');
  });

  test('weights that do not sum to 1 -> 400 naming score_weight, nothing written', async () => {
    const res = await editor.api.post('/jobs/job/', {
      title: 'Bad weights',
      score_weight: { skills: 0.5, work_experience: 0.5, projects: 0.5, education: 0, certifications: 0 },
    });
    assert.equal(res.status, 400);
    assert.match(res.body.score_weight[0], /sum to 1/);
    const { rows } = await ctx.pool.query("SELECT count(*)::int AS n FROM jobs WHERE title = 'Bad weights'");
    assert.equal(rows[0].n, 0);
  });

  test('missing title, wrong types and min > max -> 400 field maps', async () => {
    assert.deepEqual((await editor.api.post('/jobs/job/', { description: 'x' })).body.title, ['This field is required.']);
    const typed = await editor.api.post('/jobs/job/', { title: 'x', published: 'maybe' });
    assert.equal(typed.status, 400);
    assert.ok(typed.body.published);
    const range = await editor.api.post('/jobs/job/', { title: 'x', min_experience: 5, max_experience: 2 });
    assert.equal(range.status, 400);
    assert.ok(range.body.max_experience);
    const share = await editor.api.post('/jobs/job/', { title: 'x', users_shared_with: [rival.admin.id] });
    assert.equal(share.status, 400);
    assert.ok(share.body.users_shared_with);
    const badJson = await editor.api.post('/jobs/job/', { title: 'x', score_weight: '{"skills": ' });
    assert.equal(badJson.status, 400);
    assert.deepEqual(badJson.body.score_weight, ['Must be an object or a JSON string of an object.']);
    const blankSkill = await editor.api.post('/jobs/job/', { title: 'x', must_have_skills: [{ label: ' ' }] });
    assert.deepEqual(blankSkill.body.must_have_skills, ['Each skill needs a label or value.']);
    const skills = await editor.api.post('/jobs/job/', { title: 'Skills', must_have_skills: ['Go', { label: 'SQL' }, { value: 'Rust' }] });
    assert.deepEqual(skills.body.must_have_skills, [{ label: 'Go', value: 'Go' }, { label: 'SQL', value: 'SQL' }, { label: 'Rust', value: 'Rust' }]);
    // A lone string is a list of one skill (the schema's type coercion), not parsed as JSON.
    const lone = await editor.api.post('/jobs/job/', { title: 'Lone skill', must_have_skills: 'Go' });
    assert.deepEqual(lone.body.must_have_skills, [{ label: 'Go', value: 'Go' }]);
  });

  test('a Participant cannot create jobs; anonymous -> 401', async () => {
    assert.equal((await participant.api.post('/jobs/job/', { title: 'x' })).status, 403);
    assert.equal((await anon.post('/jobs/job/', { title: 'x' })).status, 401);
  });
});

describe('seeing and changing jobs', async () => {
  const job = await newJob(editor.api, { title: 'Shared Job', published: false });

  test('owner and Admin see it; other Editors and Participants do not until shared; other orgs get 404', async () => {
    assert.equal((await editor.api.get(`/jobs/job/${job.id}/`)).status, 200);
    assert.equal((await org.admin.api.get(`/jobs/job/${job.id}/`)).status, 200);
    assert.equal((await otherEditor.api.get(`/jobs/job/${job.id}/`)).status, 404);
    assert.equal((await participant.api.get(`/jobs/job/${job.id}/`)).status, 404);
    assert.equal((await rival.admin.api.get(`/jobs/job/${job.id}/`)).status, 404);
  });

  test('the owner shares it: written as ids, read as {id, name, profile_pic}', async () => {
    const res = await editor.api.patch(`/jobs/job/${job.id}/`, { users_shared_with: [participant.id, otherEditor.id] });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.users_shared_with.map((u: { id: number }) => u.id).sort(), [participant.id, otherEditor.id].sort());
    assert.ok('profile_pic' in res.body.users_shared_with[0]);
    assert.equal((await participant.api.get(`/jobs/job/${job.id}/`)).status, 200);
    const names = await participant.api.get('/jobs/job-names-list/?title=shared');
    assert.ok(names.body.results.some((r: { id: number }) => r.id === job.id));
  });

  test('a Participant cannot edit; a shared Editor edits but cannot re-share or delete', async () => {
    assert.equal((await participant.api.patch(`/jobs/job/${job.id}/`, { title: 'x' })).status, 403);
    assert.equal((await otherEditor.api.patch(`/jobs/job/${job.id}/`, { title: 'Renamed' })).body.title, 'Renamed');
    assert.equal((await otherEditor.api.patch(`/jobs/job/${job.id}/`, { users_shared_with: [] })).status, 403);
    assert.equal((await otherEditor.api.delete(`/jobs/job/${job.id}/`)).status, 403);
    assert.equal((await otherEditor.api.patch(`/jobs/job/${job.id}/`, { owner: otherEditor.id })).status, 403);
  });

  test('publishing with PUT {published} as the client does, then the public view', async () => {
    assert.equal((await anon.get(`/jobs/candidate-view/${job.encrypted}/`)).status, 404);
    const res = await editor.api.put(`/jobs/job/${job.id}/`, { published: true });
    assert.equal(res.status, 200);
    assert.equal(res.body.published, true);
    const view = await anon.get(`/jobs/candidate-view/${job.encrypted}/`);
    assert.equal(view.status, 200);
    assert.equal(view.body.id, job.id);
    assert.equal(view.body.organization.id, org.admin.org_id);
    assert.ok(!('owner' in view.body));
    assert.equal((await anon.get('/jobs/candidate-view/not-a-key/')).status, 404);
  });

  test('a closed job stays visible with its close_date', async () => {
    await editor.api.patch(`/jobs/job/${job.id}/`, { close_date: '2020-01-01T00:00:00Z' });
    const view = await anon.get(`/jobs/candidate-view/${job.encrypted}/`);
    assert.equal(view.status, 200);
    assert.equal(view.body.close_date, '2020-01-01T00:00:00.000000Z');
    assert.equal(view.body.is_closed, true);
  });

  test('the owner soft-deletes: is_deleted and deleted_by kept, job gone from lists and public view', async () => {
    assert.equal((await editor.api.delete(`/jobs/job/${job.id}/`)).status, 204);
    const { rows } = await ctx.pool.query('SELECT is_deleted, deleted_by FROM jobs WHERE id = $1', [job.id]);
    assert.deepEqual(rows[0], { is_deleted: true, deleted_by: editor.id });
    assert.equal((await editor.api.get(`/jobs/job/${job.id}/`)).status, 404);
    assert.equal((await anon.get(`/jobs/candidate-view/${job.encrypted}/`)).status, 404);
    const list = await org.admin.api.get('/jobs/job/?page_size=100');
    assert.ok(!list.body.results.some((j: { id: number }) => j.id === job.id));
  });

  test('another organisation cannot change or delete it (404)', async () => {
    const mine = await newJob(org.admin.api);
    assert.equal((await rival.admin.api.patch(`/jobs/job/${mine.id}/`, { title: 'x' })).status, 404);
    assert.equal((await rival.admin.api.delete(`/jobs/job/${mine.id}/`)).status, 404);
  });

  test('malformed ids -> 400', async () => {
    const res = await editor.api.get('/jobs/job/abc/');
    assert.equal(res.status, 400);
    assert.ok(res.body.id);
  });
});

describe('listing jobs', async () => {
  const lister = await newOrganisation(ctx);
  for (let i = 0; i < 31; i++) await newJob(lister.admin.api, { title: `Job ${String(i).padStart(2, '0')}`, published: i % 2 === 0 });

  test('30 a page, absolute next and previous, 404 past the last page', async () => {
    const first = await lister.admin.api.get('/jobs/job/');
    assert.equal(first.status, 200);
    assert.equal(first.body.count, 31);
    assert.equal(first.body.results.length, 30);
    assert.equal(first.body.previous, null);
    assert.match(first.body.next, /^http:\/\/[^/]+\/jobs\/job\/\?page=2$/);
    assert.equal(first.body.results[0].title, 'Job 30');
    const second = await lister.admin.api.get('/jobs/job/?page=2');
    assert.equal(second.body.results.length, 1);
    assert.equal(second.body.next, null);
    assert.match(second.body.previous, /\/jobs\/job\/$/);
    assert.equal((await lister.admin.api.get('/jobs/job/?page=3')).status, 404);
    assert.equal((await lister.admin.api.get('/jobs/job/?page=0')).status, 400);
  });

  test('filters and ordering', async () => {
    const published = await lister.admin.api.get('/jobs/list/?published=true&o=title');
    assert.equal(published.body.count, 16);
    assert.equal(published.body.results[0].title, 'Job 00');
    const like = await lister.admin.api.get('/filter/job?title__icontains=job 1&o=-title');
    assert.deepEqual(like.body.results.map((j: { title: string }) => j.title).slice(0, 2), ['Job 19', 'Job 18']);
    assert.equal((await lister.admin.api.get('/jobs/job/?o=password')).status, 400);
    assert.equal((await lister.admin.api.get('/jobs/job/?created_at__gte=yesterday')).status, 400);
    const none = await lister.admin.api.get('/jobs/job/?title__iexact=nothing');
    assert.deepEqual(none.body, { count: 0, next: null, previous: null, results: [] });
  });

  test('page_size raises the page size up to the cap', async () => {
    const res = await lister.admin.api.get('/jobs/job/?page_size=31');
    assert.equal(res.body.results.length, 31);
    assert.equal(res.body.next, null);
  });
});
