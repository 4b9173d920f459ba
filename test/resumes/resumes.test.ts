import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor', 'Eve Editor');
const participant = await org.addUser('Participant');
const job = await newJob(editor.api, { title: 'Reviewed Job', users_shared_with: [participant.id] });
const applicant = await newApplication(ctx.app, job, { name: 'Rita Review', email: 'rita@mail.example' });
const resumeId = applicant.resumes[0].id;
const other = await newOrganisation(ctx);

const events = async () =>
  (await ctx.pool.query('SELECT stage, action, status_text, actor_id FROM candidate_stage_events WHERE candidate_id = $1 ORDER BY id', [applicant.id])).rows;

describe('GET and PATCH /resume_parser/resumes/{id}/', () => {
  test('GET returns the full resume to those who see the job', async () => {
    const res = await participant.api.get(`/resume_parser/resumes/${resumeId}/`);
    assert.equal(res.status, 200);
    assert.equal(res.body.id, resumeId);
    assert.equal(res.body.job, job.id);
    assert.equal(res.body.status_text, 'Under Review');
    assert.equal((await other.admin.api.get(`/resume_parser/resumes/${resumeId}/`)).status, 404);
    assert.equal((await anon.get(`/resume_parser/resumes/${resumeId}/`)).status, 401);
    assert.equal((await editor.api.get('/resume_parser/resumes/abc/')).status, 400);
  });

  test('Shortlisted: approved by the caller, with a stage event and the universal status', async () => {
    const res = await editor.api.patch(`/resume_parser/resumes/${resumeId}/`, {
      status_text: 'Shortlisted', updated_by: 999, is_approved: true, approved_by: 999, approved_at: '2024-01-01', body: 'Hi', subject: 'News', notify_candidate: false,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status_text, 'Shortlisted');
    assert.equal(res.body.is_approved, true);
    assert.equal(res.body.approved_by, editor.id);
    assert.match(res.body.approved_at, /Z$/);
    assert.deepEqual(res.body.updated_by, { id: editor.id, name: 'Eve Editor', profile_pic: null });
    assert.deepEqual((await events()).at(-1), { stage: 'resume-screening', action: 'approved', status_text: 'Shortlisted', actor_id: editor.id });
    const { rows } = await ctx.pool.query('SELECT status, current_stage FROM job_universal_status WHERE candidate_id = $1', [applicant.id]);
    assert.deepEqual(rows[0], { status: 'In Progress', current_stage: 'Resume Screening' });
    const stages = await editor.api.get(`/candidates/stages/?candidate_id=${applicant.id}&job_id=${job.id}`);
    assert.equal(stages.body.stages.resume.details.status_text, 'Shortlisted');
    assert.equal(stages.body.stages.resume.details.is_approved, true);
  });

  test('Not Shortlisted, On Hold and Under Review clear the approval', async () => {
    for (const status of ['Not Shortlisted', 'On Hold', 'Under Review']) {
      const res = await editor.api.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: status, is_approved: false, approved_by: null, approved_at: null });
      assert.equal(res.status, 200);
      assert.deepEqual([res.body.status_text, res.body.is_approved, res.body.approved_by, res.body.approved_at], [status, false, null, null]);
    }
    assert.deepEqual((await events()).map((e) => e.status_text), ['Under Review', 'Shortlisted', 'Not Shortlisted', 'On Hold', 'Under Review']);
  });

  test('Participant 403, other organisation 404, bad status or field 400', async () => {
    assert.equal((await participant.api.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: 'Shortlisted' })).status, 403);
    assert.equal((await other.admin.api.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: 'Shortlisted' })).status, 404);
    const bad = await editor.api.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: 'Hired!' });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.status_text);
    const unknown = await editor.api.patch(`/resume_parser/resumes/${resumeId}/`, { skills: [] });
    assert.equal(unknown.status, 400);
    assert.equal((await anon.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: 'Shortlisted' })).status, 401);
  });
});

describe('/resume_parser/resume-screening-preferences/', () => {
  test('GET ?job_id= is public for a published job: results[0] with the fields the apply page reads', async () => {
    const res = await anon.get(`/resume_parser/resume-screening-preferences/?job_id=${job.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.count, 1);
    const p = res.body.results[0];
    for (const key of ['id', 'job', 'max_retries', 'max_resume_size', 'max_applicants', 'location_to_exclude', 'include_github', 'include_linkedin', 'include_questions', 'question_set', 'include_notice_period', 'include_current_ctc', 'include_expected_ctc', 'include_relevant_experience', 'last_increment', 'currency', 'questions', 'random_questions', 'random_questions_count', 'include_profile_pic', 'include_intro_video']) {
      assert.ok(key in p, key);
    }
    assert.deepEqual([p.job, p.max_retries, p.shortlist_threshold], [job.id, 1, '6.00']);
    const draft = await newJob(editor.api, { published: false });
    assert.equal((await anon.get(`/resume_parser/resume-screening-preferences/?job_id=${draft.id}`)).body.count, 0);
    assert.equal((await editor.api.get(`/resume_parser/resume-screening-preferences/?job_id=${draft.id}`)).body.count, 1);
    assert.ok((await anon.get('/resume_parser/resume-screening-preferences/')).body.job_id);
    assert.equal((await anon.get('/resume_parser/resume-screening-preferences/?job_id=x')).status, 400);
  });

  test('POST and PATCH: Admin and Editor; max_retries governs re-applications', async () => {
    const created = await editor.api.post('/resume_parser/resume-screening-preferences/', {
      job: job.id, max_retries: 2, include_questions: true, questions: [{ id: 1, text: 'Why us?', type: 'text' }], shortlist_threshold: '7.5',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.max_retries, created.body.shortlist_threshold, created.body.questions.length], [2, '7.50', 1]);
    assert.equal((await participant.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { max_retries: 5 })).status, 403);
    assert.equal((await other.admin.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { max_retries: 5 })).status, 404);
    assert.ok((await editor.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { max_retries: -1 })).body.max_retries);
    for (const threshold of ['99.99', '10.5', '11', 10.5]) {
      const res = await editor.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { shortlist_threshold: threshold });
      assert.equal(res.status, 400, `${threshold}: ${JSON.stringify(res.body)}`);
      assert.ok(res.body.shortlist_threshold);
    }
    assert.equal((await editor.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { shortlist_threshold: '10' })).body.shortlist_threshold, '10.00');
    const rivalSet = (await other.admin.api.post('/interview/question-sets/', { name: 'Theirs' })).body;
    for (const question_set of [rivalSet.id, 999999]) {
      const res = await editor.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { question_set });
      assert.deepEqual([res.status, res.body.question_set], [400, ['No such question set in your organisation.']]);
    }
    const ownSet = (await editor.api.post('/interview/question-sets/', { name: 'Ours' })).body;
    assert.equal((await editor.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { question_set: ownSet.id })).body.question_set, ownSet.id);
    assert.ok((await editor.api.post('/resume_parser/resume-screening-preferences/', { max_retries: 1 })).body.job);
    assert.equal((await other.admin.api.post('/resume_parser/resume-screening-preferences/', { job: job.id, max_retries: 9 })).status, 404);
    assert.equal((await participant.api.post('/resume_parser/resume-screening-preferences/', { job: job.id, max_retries: 9 })).status, 403);

    const fields = { name: 'Rita Review', email: 'rita@mail.example', applied_job: String(job.id) };
    for (const expected of [200, 200, 400]) {
      const res = await sendForm(anon, 'PATCH', `/candidates/candidate/${applicant.id}/`, fields, [PDF]);
      assert.equal(res.status, expected, JSON.stringify(res.body));
    }
    const patched = await org.admin.api.patch(`/resume_parser/resume-screening-preferences/${created.body.id}/`, { max_retries: 3 });
    assert.equal(patched.body.max_retries, 3);
    assert.equal((await sendForm(anon, 'PATCH', `/candidates/candidate/${applicant.id}/`, fields, [PDF])).status, 200);
  });

  test("the job form's save: questions by id become the questions (with how each is answered), the currency option its code, the website asked for", async () => {
    const ownJob = await newJob(editor.api, { title: 'Form Job' });
    const set = (await editor.api.post('/interview/question-sets/', { name: 'Apply page' })).body;
    // The form's AddQuestion sends the answer format and the time as typed.
    const why = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Why us?', type: 'text', time_limit: '45' })).body;
    const voice = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Say hello', type: 'audio' })).body;
    assert.deepEqual([why.type, why.time_limit, voice.type], ['text', 45, 'audio']);
    const video = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'On camera' })).body;
    assert.equal(video.type, 'video', 'a video interview question, as before');
    const preference = (await editor.api.get(`/resume_parser/resume-screening-preferences/?job_id=${ownJob.id}`)).body.results[0];
    const url = `/resume_parser/resume-screening-preferences/${preference.id}/`;
    const saved = await editor.api.patch(url, {
      ...preference, questions: [voice.id, why.id], questions_detail: [voice, why], include_questions: true,
      currency: { value: 'USD', label: 'USD - US Dollar' }, include_personal_website: true,
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(saved.body.questions.map((q: { id: number; text: string; type: string; time_limit: number }) => [q.id, q.text, q.type, q.time_limit]), [[voice.id, 'Say hello', 'audio', 120], [why.id, 'Why us?', 'text', 45]]);
    assert.deepEqual([saved.body.currency, saved.body.include_personal_website], ['USD', true]);
    const { rows } = await ctx.pool.query('SELECT currency, include_personal_website, questions FROM screening_preferences WHERE id = $1', [preference.id]);
    assert.deepEqual([rows[0].currency, rows[0].include_personal_website, rows[0].questions.map((q: { id: number }) => q.id)], ['USD', true, [voice.id, why.id]]);
    // Another organisation's question, or one removed, is no question of this form; nothing is saved.
    const theirs = (await other.admin.api.post('/interview/questions/', { question_set: (await other.admin.api.post('/interview/question-sets/', { name: 'X' })).body.id, text: 'Theirs?' })).body;
    await editor.api.patch(`/interview/questions/${video.id}/`, { is_deleted: true });
    for (const id of [theirs.id, video.id]) {
      const refused = await editor.api.patch(url, { questions: [why.id, id], currency: 'EUR' });
      assert.deepEqual([refused.status, Object.keys(refused.body)], [400, ['questions']]);
    }
    assert.equal((await editor.api.get(`/resume_parser/resume-screening-preferences/?job_id=${ownJob.id}`)).body.results[0].currency, 'USD');
    const badCurrency = await editor.api.patch(url, { currency: { label: 'no code' } });
    assert.equal(badCurrency.status, 400);
    assert.ok(badCurrency.body.currency);
    const badType = await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Dance?', type: 'dance' });
    assert.deepEqual([badType.status, Object.keys(badType.body)], [400, ['type']]);
  });
});
