import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const api = org.admin.api;
const other = await newOrganisation(ctx);

// A small grid whose rows differ in every filtered field.
const grid = await newJob(api, { title: 'Grid Job' });
const ann = await newApplication(ctx.app, grid, { name: 'Ann Anders', location: JSON.stringify({ city: 'Pune', state: 'Maharashtra' }), relevant_experience_in_months: '12' });
const ben = await newApplication(ctx.app, grid, { name: 'Ben Brooks', location: JSON.stringify({ city: 'Chennai', state: 'Tamil Nadu' }), relevant_experience_in_months: '40' });
const cat = await newApplication(ctx.app, grid, { name: 'Cat Cole', location: JSON.stringify({ city: 'Delhi', state: 'Delhi' }), relevant_experience_in_months: '24' });
const elsewhere = await newJob(api, { title: 'Elsewhere Job' });
await newApplication(ctx.app, elsewhere, { name: 'Dan Dale' });
const resumeOf = (c: { resumes: { id: number }[] }) => c.resumes[0].id;
await ctx.pool.query(
  `UPDATE resumes SET overall_score = v.score, total_duration = v.months, completed = v.done
   FROM (VALUES ($1::int, 8.9, 30, true), ($2::int, 5.5, 60, false), ($3::int, 7.25, 10, true)) AS v(id, score, months, done)
   WHERE resumes.id = v.id`,
  [resumeOf(ann), resumeOf(ben), resumeOf(cat)],
);
// The screened ones also complete their resume-screening step, as the parse job does.
await ctx.pool.query(
  `UPDATE interview_steps s SET completed = true FROM resumes r
   WHERE r.id = ANY($1::int[]) AND s.candidate_id = r.candidate_id AND s.job_id = r.job_id AND s.stage = 'resume-screening'`,
  [[resumeOf(ann), resumeOf(cat)]],
);
await api.patch(`/resume_parser/resumes/${resumeOf(ben)}/`, { status_text: 'Shortlisted', is_approved: true });
await api.patch(`/resume_parser/resumes/${resumeOf(cat)}/`, { status_text: 'On Hold', is_approved: false });

const names = (res: { body: { results: { name: string }[] } }) => res.body.results.map((r) => r.name);
const today = new Date().toISOString().slice(0, 10);

describe('/filter/candidate/{job_id}/: every filter and ordering of client-compat b.1', () => {
  const url = (q: string) => `/filter/candidate/${grid.id}/?${q}`;
  const cases: [string, string[]][] = [
    ['', ['Cat Cole', 'Ben Brooks', 'Ann Anders']],
    ['name__icontains=ann', ['Ann Anders']],
    ['name__istartswith=be', ['Ben Brooks']],
    ['name__iendswith=COLE', ['Cat Cole']],
    ['name__iexact=ann anders', ['Ann Anders']],
    ['candidate_city__in=Pune,Delhi&o=name', ['Ann Anders', 'Cat Cole']],
    ['candidate_state__iexact=tamil nadu', ['Ben Brooks']],
    ['candidate_city__icontains=chen', ['Ben Brooks']],
    ['resumes__status_text__iexact=Shortlisted', ['Ben Brooks']],
    ['resumes__status_text__iexact=On Hold', ['Cat Cole']],
    ['resumes__status_text__in=Under Review', ['Ann Anders']],
    ['resumes__resume_score__overall_score__gte=7&o=name', ['Ann Anders', 'Cat Cole']],
    ['resumes__resume_score__overall_score__lt=6', ['Ben Brooks']],
    ['resumes__resume_score__overall_score__range=7,8', ['Cat Cole']],
    ['resumes__relevant_experience_in_months__lte=24&o=name', ['Ann Anders', 'Cat Cole']],
    ['resumes__relevant_experience_in_months__gt=24', ['Ben Brooks']],
    ['resumes__total_duration__gt=20&o=name', ['Ann Anders', 'Ben Brooks']],
    [`resumes__created_at__in=${today}&o=name`, ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    [`updated_at__in=${today}&o=name`, ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    ['updated_at__in=2001-01-01', []],
    [`applied_jobs__id__iexact=${grid.id}&o=name`, ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    [`applied_jobs__id__iexact=${grid.id + 1000}`, []],
    [`applied_jobs__id__in=${grid.id},99999999999999999999&o=name`, ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    ['resumes__resume_score__overall_score__in=8.9,7', ['Ann Anders']],
    ['applied_jobs__title__icontains=grid&o=name', ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    ['o=-resumes__resume_score__overall_score', ['Ann Anders', 'Cat Cole', 'Ben Brooks']],
    ['o=resumes__resume_score__overall_score', ['Ben Brooks', 'Cat Cole', 'Ann Anders']],
    ['o=-latest_resume_created_at', ['Cat Cole', 'Ben Brooks', 'Ann Anders']],
    // The client's table sends the column clicked after the list's own order: the last one wins.
    ['o=-latest_resume_created_at&o=name', ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    ['o=-resumes__relevant_experience_in_months', ['Ben Brooks', 'Cat Cole', 'Ann Anders']],
    ['o=-name', ['Cat Cole', 'Ben Brooks', 'Ann Anders']],
    ['o=candidate_city', ['Ben Brooks', 'Cat Cole', 'Ann Anders']],
    ['o=-updated_at', ['Cat Cole', 'Ben Brooks', 'Ann Anders']],
    ['stage_name=Applied&o=name', ['Ann Anders', 'Ben Brooks', 'Cat Cole']],
    ['stage_name=On Hold', ['Cat Cole']],
    ['stage_name=Hired', []],
  ];
  for (const [query, expected] of cases) {
    test(query || '(no filter)', async () => {
      const res = await api.get(url(query));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(names(res), expected);
      assert.equal(res.body.count, expected.length);
    });
  }

  test('rows carry what the grid reads: resumes[0], applied_jobs[0].title, location', async () => {
    const res = await api.get(url('name__icontains=ann'));
    const row = res.body.results[0];
    assert.equal(row.applied_jobs[0].title, 'Grid Job');
    assert.equal(row.resumes[0].resume_score, null);
    assert.equal(row.resumes[0].overall_score, '8.900');
    assert.equal(row.resumes[0].relevant_experience_in_months, 12);
    assert.equal(row.resumes[0].total_duration, 30);
    assert.deepEqual(row.location, { city: 'Pune', state: 'Maharashtra' });
    assert.equal(row.latest_resume_created_at, row.resumes[0].created_at);
  });

  test('bad filters and orderings -> 400 with the parameter named, never 500', async () => {
    for (const [query, field] of [
      ['o=bogus', 'o'],
      ['resumes__resume_score__overall_score__gte=high', 'resumes__resume_score__overall_score__gte'],
      ['updated_at__in=yesterday', 'updated_at__in'],
      ['name__regex=a', 'name__regex'],
      ['stage_name=Nowhere', 'stage_name'],
      ['page=0', 'page'],
    ]) {
      const res = await api.get(url(query));
      assert.equal(res.status, 400, query);
      assert.ok(res.body[field], `${query}: ${JSON.stringify(res.body)}`);
    }
  });

  test('another organisation and unseen jobs -> 404; anonymous -> 401', async () => {
    assert.equal((await other.admin.api.get(url(''))).status, 404);
    const lonely = await org.addUser('Editor');
    assert.equal((await lonely.api.get(url(''))).status, 404);
    assert.equal((await anon.get(url(''))).status, 401);
    assert.equal((await api.get('/filter/candidate/abc/')).status, 400);
  });
});

describe('/filter/candidate: all applicants, each row its latest application', () => {
  test('filters apply to the latest application; jobs filter by title', async () => {
    const all = await api.get('/filter/candidate?o=-latest_resume_created_at');
    assert.deepEqual(names(all), ['Dan Dale', 'Cat Cole', 'Ben Brooks', 'Ann Anders']);
    assert.deepEqual(names(await api.get('/filter/candidate/?applied_jobs__title__icontains=elsewhere')), ['Dan Dale']);
    assert.deepEqual(names(await api.get('/filter/candidate?resumes__total_duration__lt=20')), ['Cat Cole']);
    assert.deepEqual(names(await api.get(`/filter/candidate?resumes__created_at__in=${today}&o=name`)), ['Ann Anders', 'Ben Brooks', 'Cat Cole', 'Dan Dale']);
    assert.equal((await other.admin.api.get('/filter/candidate')).body.count, 0);
  });

  test('two applications of one candidate written at once leave one of them marked latest', async () => {
    const team = await newOrganisation(ctx);
    const [first, second, third] = [await newJob(team.admin.api), await newJob(team.admin.api), await newJob(team.admin.api)];
    const applied = await newApplication(ctx.app, first, { name: 'Gil Twice', email: 'gil@mail.example' });
    const [a, b] = [await ctx.pool.connect(), await ctx.pool.connect()];
    // Straight into the tables, as two processes might, without the candidate's row to queue them.
    const write = async (client: typeof a, jobId: number) => {
      await client.query('BEGIN');
      await client.query('INSERT INTO job_universal_status (candidate_id, job_id) VALUES ($1, $2)', [applied.id, jobId]);
      await client.query('INSERT INTO resumes (candidate_id, job_id) VALUES ($1, $2)', [applied.id, jobId]);
    };
    try {
      await write(a, second.id);
      const waiting = write(b, third.id);
      await new Promise((r) => setTimeout(r, 300));
      await a.query('COMMIT');
      await waiting;
      await b.query('COMMIT');
    } finally {
      a.release();
      b.release();
    }
    const { rows } = await ctx.pool.query('SELECT job_id FROM resumes WHERE candidate_id = $1 AND is_latest', [applied.id]);
    assert.deepEqual(rows, [{ job_id: third.id }]);
  });

  test('a deleted job takes its applications out of the grid, not the candidates who also applied elsewhere', async () => {
    const team = await newOrganisation(ctx);
    const editor = await team.addUser('Editor');
    const kept = await newJob(team.admin.api, { title: 'Kept Job', users_shared_with: [editor.id] });
    const dropped = await newJob(team.admin.api, { title: 'Dropped Job', users_shared_with: [editor.id] });
    await newApplication(ctx.app, kept, { name: 'Eve Early', email: 'eve@mail.example' });
    await newApplication(ctx.app, dropped, { name: 'Eve Early', email: 'eve@mail.example' });
    await newApplication(ctx.app, dropped, { name: 'Fay Only', email: 'fay@mail.example' });
    const rows = async (member: { api: Api }) => {
      const res = await member.api.get('/filter/candidate?o=-latest_resume_created_at');
      assert.equal(res.body.count, res.body.results.length);
      return res.body.results.map((r: { name: string; applied_jobs: { title: string }[] }) => [r.name, r.applied_jobs[0].title]);
    };
    for (const member of [team.admin, editor]) assert.deepEqual(await rows(member), [['Fay Only', 'Dropped Job'], ['Eve Early', 'Dropped Job']]);
    assert.equal((await team.admin.api.delete(`/jobs/job/${dropped.id}/`)).status, 204);
    for (const member of [team.admin, editor]) assert.deepEqual(await rows(member), [['Eve Early', 'Kept Job']]);
  });
});

const crowded = await newJob(api, { title: 'Crowded Job' });

describe('pagination edges (30 a page)', () => {
  const job = crowded;
  const url = `/filter/candidate/${job.id}/`;

  test('empty: count 0, no next, page 2 -> 404', async () => {
    assert.deepEqual((await api.get(url)).body, { count: 0, next: null, previous: null, results: [] });
    assert.equal((await api.get(`${url}?page=2`)).status, 404);
  });

  test('exactly 30: one page; 31: two pages; past the last page -> 404', async () => {
    for (let i = 0; i < 30; i++) await newApplication(ctx.app, job, { name: `Crowd ${String(i).padStart(2, '0')}` });
    const thirty = await api.get(url);
    assert.equal(thirty.body.count, 30);
    assert.equal(thirty.body.results.length, 30);
    assert.equal(thirty.body.next, null);
    assert.equal((await api.get(`${url}?page=2`)).status, 404);
    await newApplication(ctx.app, job, { name: 'Crowd 30' });
    const first = await api.get(`${url}?o=name`);
    assert.equal(first.body.count, 31);
    assert.equal(first.body.results.length, 30);
    assert.match(first.body.next, /page=2/);
    const second = await api.get(`${url}?o=name&page=2`);
    assert.deepEqual(names(second), ['Crowd 30']);
    assert.equal(second.body.next, null);
    assert.ok(second.body.previous);
    assert.equal((await api.get(`${url}?page=3`)).status, 404);
    const lws = await api.get(`/candidates/list-with-stages/?job_id=${job.id}&page=2`);
    assert.equal(lws.body.results.length, 1);
    assert.equal((await api.get(`/candidates/candidates-for-job/${job.id}/`)).body.results.length, 30);
  });
});

describe('list-with-stages/', () => {
  test('rows with location, skills, current_stage and stages; stage tabs by label or key', async () => {
    const res = await api.get(`/candidates/list-with-stages/?job_id=${grid.id}`);
    assert.equal(res.status, 200);
    assert.deepEqual(names(res), ['Cat Cole', 'Ben Brooks', 'Ann Anders']);
    const row = res.body.results[0];
    assert.deepEqual(Object.keys(row).sort(), ['avatar', 'created_at', 'current_stage', 'email', 'id', 'location', 'name', 'skills', 'stages', 'updated_at']);
    assert.equal(row.current_stage, 'Resume Screening');
    assert.equal(row.stages.resume.details.status_text, 'On Hold');
    assert.equal(row.stages.resume.details.updated_by.id, org.admin.id);
    assert.equal(row.stages.video.exists, false);
    assert.equal((await api.get(`/candidates/list-with-stages/?job_id=${grid.id}&stage_name=Applied`)).body.count, 3);
    // Ben (shortlisted) is in resume screening; Cat reached it too but is on hold; Ann is not screened yet.
    for (const stage of ['Resume Screening', 'resume-screening']) {
      assert.deepEqual(names(await api.get(`/candidates/list-with-stages/?job_id=${grid.id}&stage_name=${stage}`)), ['Ben Brooks'], stage);
    }
    assert.deepEqual(names(await api.get(`/candidates/list-with-stages/?job_id=${grid.id}&stage_name=On Hold`)), ['Cat Cole']);
    const none = await api.post('/candidates/list-with-stages/', { job_id: grid.id, stage_name: 'assessment' });
    assert.deepEqual(none.body, { count: 0, next: null, previous: null, results: [] });
  });

  test('job_id required, unknown stage -> 400; other organisation -> 404', async () => {
    assert.ok((await api.get('/candidates/list-with-stages/')).body.job_id);
    assert.ok((await api.get(`/candidates/list-with-stages/?job_id=${grid.id}&stage_name=Moon`)).body.stage_name);
    assert.equal((await other.admin.api.get(`/candidates/list-with-stages/?job_id=${grid.id}`)).status, 404);
  });

  test('pages are read with one generic plan, not planned on every call', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await api.get(`/candidates/list-with-stages/?job_id=${grid.id}&page=1`)).status, 200);
    // Requests one at a time reuse the pool's most recently released connection.
    const client = await ctx.database.genericPlanPool.connect();
    try {
      const { rows } = await client.query("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%job_universal_status a%'");
      // The stage tabs of the test above are statements of their own.
      assert.ok(rows.some((r) => Number(r.generic_plans) >= 3), JSON.stringify(rows));
      assert.deepEqual(rows.map((r) => Number(r.custom_plans)), rows.map(() => 0));
    } finally {
      client.release();
    }
  });
});

describe('filter/, list/, candidates-for-job/, resume-screening-completed-candidates/', () => {
  test('filter/ by name and job_id, by GET and POST', async () => {
    assert.deepEqual(names(await api.get('/candidates/filter/?name=ben')), ['Ben Brooks']);
    const post = await api.post('/candidates/filter/', { user: { user_id: 1 }, job_id: elsewhere.id });
    assert.deepEqual(names(post), ['Dan Dale']);
    assert.deepEqual(post.body.results[0].applied_jobs, [{ id: elsewhere.id, title: 'Elsewhere Job' }]);
  });

  test('list/ newest first; candidates-for-job/ latest updated first', async () => {
    const list = await api.post('/candidates/list/', { job_id: grid.id });
    assert.deepEqual(names(list), ['Cat Cole', 'Ben Brooks', 'Ann Anders']);
    await api.patch(`/candidates/candidate/${ann.id}/`, { contact: '555' });
    const forJob = await api.get(`/candidates/candidates-for-job/${grid.id}/`);
    assert.equal(names(forJob)[0], 'Ann Anders');
    assert.equal(forJob.body.count, 3, "unfiltered, the job's applicant counter");
    const filtered = await api.get(`/candidates/candidates-for-job/${grid.id}/?name__icontains=ann`);
    assert.deepEqual([filtered.body.count, names(filtered)], [1, ['Ann Anders']]);
    assert.equal((await other.admin.api.get(`/candidates/candidates-for-job/${grid.id}/`)).status, 404);
  });

  test('resume-screening-completed-candidates/ lists completed screenings with score, duration and steps', async () => {
    const res = await api.get(`/candidates/resume-screening-completed-candidates/${grid.id}/?o=name`);
    assert.deepEqual(names(res), ['Ann Anders', 'Cat Cole']);
    const row = res.body.results[0];
    assert.equal(row.resumes[0].total_duration, 30);
    assert.deepEqual(row.interview_steps.map((s: { service: { name: string }; completed: boolean }) => [s.service.name, s.completed]), [['Resume Screening', true]]);
    assert.deepEqual(names(await api.get(`/candidates/resume-screening-completed-candidates/${grid.id}/?name__icontains=cat`)), ['Cat Cole']);
    assert.equal((await other.admin.api.get(`/candidates/resume-screening-completed-candidates/${grid.id}/`)).status, 404);
  });
});
