// One candidate walked through every stage of a three-step workflow by the public and the
// recruiter calls, with stages/ and list-with-stages/ checked after each step.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow, sendForm } from '../helpers/fixtures.ts';
import { videoPart, WEBM } from '../helpers/media.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);

const workflow = await newWorkflow(editor.api, 'Full pipeline', ['resume-screening', 'assessment', 'automated-video-interview']);
const job = await newJob(editor.api, { interview_module: workflow.id, users_shared_with: [participant.id] });
const applied = await newApplication(ctx.app, job, { workflow_id: String(workflow.id) });
const candidateId: number = applied.candidate_id;
const ids = { candidate_id: candidateId, job_id: job.id };

async function stages() {
  const res = await editor.api.get(`/candidates/stages/?candidate_id=${candidateId}&job_id=${job.id}`);
  assert.equal(res.status, 200);
  return res.body.stages;
}

async function row() {
  const res = await editor.api.get(`/candidates/list-with-stages/?job_id=${job.id}`);
  assert.equal(res.status, 200);
  return res.body.results.find((r: { id: number }) => r.id === candidateId);
}

async function events() {
  const res = await editor.api.get(`/candidates/${candidateId}/events/?job_id=${job.id}`);
  assert.equal(res.status, 200);
  return res.body.map((e: { stage: string; action: string }) => `${e.stage}:${e.action}`);
}

describe('a candidate through resume screening, an assessment and a video interview', () => {
  let assessmentId: number;
  let testLogId: number;
  let screeningId: number;
  let testLogKey: string;
  let screeningKey: string;
  let questionIds: number[];

  test('after applying: only the resume stage exists, no stage reached yet', async () => {
    const s = await stages();
    assert.equal(s.resume.exists, true);
    assert.equal(s.assessment.exists, false);
    assert.equal(s.video.exists, false);
    assert.equal((await row()).current_stage, '');
    assert.deepEqual(await events(), ['application:applied']);
  });

  test('the assessment cannot be given before resume screening is completed', async () => {
    assessmentId = (
      await editor.api.post('/test/tests/', {
        title: 'Node basics',
        time_duration_in_minutes: 20,
        questions: [
          { id: 'q1', text: 'Which runs JavaScript on servers?', type: 'single', choices: [{ id: 'a', text: 'Node.js' }, { id: 'b', text: 'CSS' }], answer: ['a'] },
          { id: 'q2', text: 'Pick the SQL databases', type: 'multiple', choices: [{ id: 'a', text: 'PostgreSQL' }, { id: 'b', text: 'MySQL' }, { id: 'c', text: 'Redis' }], answer: ['a', 'b'] },
          { id: 'q3', text: 'Describe a project', type: 'text' },
        ],
      })
    ).body.id;
    assert.equal((await editor.api.get('/test/list/?title=node&is_published=true')).body.count, 1);
    assert.equal((await editor.api.get('/test/list/?title=python')).body.count, 0);
    const early = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidateId], assessments: [assessmentId], valid_to: '2099-01-01T00:00:00Z' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /Resume Screening must be completed/);
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM test_logs');
    assert.equal(rows[0].n, 0);
  });

  test('a Participant cannot move stages; anonymous cannot approve; another organisation gets 404', async () => {
    const body = { ...ids, action: 'Approve', service: 'Resume Screening', order: 1 };
    assert.equal((await participant.api.post('/interview/update-step/', body)).status, 403);
    assert.equal((await anon.post('/interview/update-step/', body)).status, 401);
    assert.equal((await rival.admin.api.post('/interview/update-step/', body)).status, 404);
  });

  test('the recruiter approves resume screening', async () => {
    const res = await editor.api.post('/interview/update-step/', { ...ids, action: 'Approve', step_id: 'step-1', order: 1, workflow_id: workflow.id, service: 'Resume Screening' });
    assert.equal(res.status, 200);
    assert.equal((await row()).current_stage, 'Resume Screening');
  });

  test('the assessment is shared; the candidate opens, starts and completes it through the public link', async () => {
    const share = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidateId], assessments: [assessmentId], valid_from: new Date(Date.now() - 60_000).toISOString(), valid_to: '2099-01-01T00:00:00Z', preferences: {} });
    assert.equal(share.status, 200);
    testLogId = share.body.test_logs[0];
    // The candidate's link names the test log by its random key; its sequential id is no link.
    const recruiterView = (await editor.api.get(`/test/testlog/${testLogId}/`)).body;
    testLogKey = recruiterView.access_key;
    assert.equal(recruiterView.link, `/app/candidate/${candidateId}/test/${testLogKey}/${testLogKey}/`);
    assert.equal((await anon.get(`/test/testlog/${testLogId}/`)).status, 404);
    assert.equal((await row()).current_stage, 'Assessments');
    let s = await stages();
    assert.equal(s.assessment.exists, true);
    assert.equal(s.assessment.details.id, testLogId);
    assert.equal(s.assessment.details.status_text, 'Assigned');

    const view = await anon.get(`/test/testlog/${testLogKey}/`);
    assert.equal(view.status, 200);
    assert.equal(view.body.questions.length, 3);
    assert.ok(view.body.questions.every((q: object) => !('answer' in q)), 'answers are never shown to the candidate');
    assert.ok(!('email' in view.body.assigned_to));

    assert.equal((await anon.patch(`/test/testlog/${testLogKey}/`, { status_text: 'Completed' })).status, 400);
    assert.equal((await anon.patch(`/test/testlog/${testLogKey}/`, { status_text: 'Link Opened' })).body.status_text, 'Link Opened');
    assert.equal((await anon.patch(`/test/testlog/${testLogKey}/`, { status_text: 'Started' })).body.status_text, 'Started');
    assert.equal((await anon.post('/test/answers/', { testlog_id: testLogKey, question_id: 'q1', choices: ['a'] })).status, 201);
    assert.equal((await anon.put(`/test/proctoring/${testLogKey}/`, { fullscreen_exit_count: 1, tab_switch_count: 2 })).status, 200);
    const done = await anon.patch(`/test/testlog/${testLogKey}/`, { status_text: 'Completed', answers: [{ question_id: 'q2', choices: ['b', 'a'] }, { question_id: 'q3', text: 'A queue' }] });
    assert.equal(done.status, 200);
    assert.equal(done.body.completed, true);
    const status = await anon.get(`/test/test-status/?test_log=${testLogKey}`);
    assert.deepEqual(
      [status.body.length, status.body[0].id, status.body[0].status_text, status.body[0].completed, status.body[0].valid_to],
      [1, testLogKey, 'Completed', true, '2099-01-01T00:00:00.000000Z'],
    );
    assert.equal((await anon.patch(`/test/testlog/${testLogKey}/`, { status_text: 'Started' })).status, 409);

    const report = await editor.api.get(`/test/testlog-for-report/?job_id=${job.id}&candidate_id=${candidateId}`);
    assert.equal(report.status, 200);
    assert.equal(report.body[0].test[0].title, 'Node basics');
    assert.equal(report.body[0].result.score, '100.00');
    assert.equal(report.body[0].tab_switch_count, 2);
    s = await stages();
    assert.equal(s.assessment.details.completed, true);
    assert.equal(s.assessment.details.status_text, 'Completed');
  });

  test('the recruiter approves the assessment', async () => {
    const res = await editor.api.patch(`/test/testlog/${testLogId}/`, { is_approved: true, approved_by: editor.id });
    assert.equal(res.status, 200);
    assert.equal(res.body.is_approved, true);
    assert.equal(res.body.approved_by, editor.id);
    assert.equal((await stages()).assessment.details.is_approved, true);
  });

  test('the video interview is assigned and recorded through the public link', async () => {
    const set = (await editor.api.post('/interview/question-sets/', { name: 'Intro' })).body;
    questionIds = [];
    for (const text of ['Tell us about yourself', 'Why this job?']) {
      questionIds.push((await editor.api.post('/interview/questions/', { question_set: set.id, text, time_limit: 90 })).body.id);
    }
    const assigned = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate: candidateId, question_set: set.id, questions: questionIds, expired_at: '2099-01-01T00:00:00Z' });
    assert.equal(assigned.status, 201);
    screeningId = assigned.body.id;
    screeningKey = assigned.body.access_key;
    assert.equal(assigned.body.screening_link, `${ctx.config.appUrl}/app/candidate/personality-screening/${candidateId}/${screeningKey}/`);
    assert.equal((await anon.get(`/personality-screening/personality-screenings/${screeningId}/`)).status, 404);
    assert.equal((await row()).current_stage, 'Automated Video Interview');
    assert.equal((await stages()).video.details.id, screeningId);

    const page = await anon.get(`/personality-screening/personality-screenings/${screeningKey}/`);
    assert.equal(page.status, 200);
    assert.deepEqual(page.body.questions.map((q: { id: number }) => q.id), questionIds);
    assert.equal((await anon.get(`/candidates/candidate-details/${candidateId}/`)).body.name, 'Casey Candidate');
    await anon.patch(`/personality-screening/personality-screenings/${screeningKey}/`, { link_opened: true, status_text: 'Link Opened' });
    await anon.patch(`/personality-screening/personality-screenings/${screeningKey}/`, { started: true, status_text: 'Started' });
    const tooEarly = await anon.patch(`/personality-screening/personality-screenings/${screeningKey}/`, { completed: true, status_text: 'Completed' });
    assert.equal(tooEarly.status, 400);

    const answer = await sendForm(anon, 'POST', '/interview/answers/', { question: String(questionIds[0]), question_set: String(set.id), candidate: String(candidateId), type: 'video', screening_id: screeningKey, screening_type: 'personality-screening' }, [videoPart()]);
    assert.equal(answer.status, 201);
    const wrong = await sendForm(anon, 'POST', '/interview/answers/', { question: String(questionIds[1]), screening_id: screeningKey }, [{ field: 'video_file', filename: 'x.webm', type: 'video/webm', content: '%PDF-1.4 not a video' }]);
    assert.equal(wrong.status, 400);
    assert.ok(wrong.body.video_file);
    const unasked = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Not asked', time_limit: 90 })).body.id;
    const stray = await sendForm(anon, 'POST', '/interview/answers/', { question: String(unasked), screening_id: screeningKey, text: 'Hello' });
    assert.equal(stray.status, 400);
    assert.ok(stray.body.question, 'an answer to a question the interview does not ask is refused');

    // The second answer arrives in two chunks.
    const half = Math.floor(WEBM.length / 2);
    const chunk = (content: Buffer) => ({ field: 'file', filename: 'blob', type: 'video/webm', content });
    const chunkFiles = async () =>
      (await readdir(join(ctx.config.dataDir, 'blobs', 'video-chunks'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;
    const twoChunks = await sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '1', video_id: screeningKey }, [chunk(WEBM), chunk(WEBM)]);
    assert.equal(twoChunks.status, 400);
    assert.deepEqual(twoChunks.body.file, ['Send one file here, not several.']);
    assert.equal((await ctx.pool.query('SELECT count(*)::int AS n FROM video_uploads')).rows[0].n, 0);
    assert.equal(await chunkFiles(), 0);
    const first = await sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '1', video_id: screeningKey, type: 'video' }, [chunk(WEBM.subarray(0, half))]);
    assert.equal(first.status, 200);
    const second = await sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '2', video_id: screeningKey, upload_id: first.body.upload_id }, [chunk(WEBM.subarray(half))]);
    assert.equal(second.body.upload_id, first.body.upload_id);
    const strayJoin = await anon.post('/video_upload/complete/', { upload_id: first.body.upload_id, question: unasked });
    assert.equal(strayJoin.status, 400);
    assert.ok(strayJoin.body.question);
    // Sent three times at once (a client retrying): one joins the parts, the others find the upload gone.
    const joins = await Promise.all([1, 2, 3].map(() => anon.post('/video_upload/complete/', { upload_id: first.body.upload_id, question: questionIds[1] })));
    assert.deepEqual(joins.map((r) => r.status).sort(), [200, 404, 404]);
    assert.equal((await ctx.pool.query('SELECT count(*)::int AS n FROM video_uploads')).rows[0].n, 0);

    const completed = await anon.patch(`/personality-screening/personality-screenings/${screeningKey}/`, { completed: true, status_text: 'Completed' });
    assert.equal(completed.status, 200);
    assert.equal(completed.body.completed, true);
    assert.equal((await anon.post('/interview/update-step/', { ...ids, action: 'Complete', service: 'Personality Screening' })).status, 200);

    const answers = await editor.api.get(`/interview/candidate/${candidateId}/job/${job.id}/service/2/answers/`);
    assert.equal(answers.body.results.length, 2);
    const video = await editor.api.get(answers.body.results[1].video_file);
    assert.equal(video.status, 200);
    assert.equal(video.headers['content-type'], 'video/webm');
    assert.deepEqual(video.raw, WEBM);
    assert.equal((await anon.get(answers.body.results[1].video_file)).status, 401);
    assert.equal((await rival.admin.api.get(answers.body.results[1].video_file)).status, 404);
  });

  test('approved and hired: the hired flag is set, open stages closed, the timeline complete', async () => {
    assert.equal((await editor.api.patch(`/personality-screening/personality-screenings/${screeningId}/`, { is_approved: true })).status, 200);
    const hired = await editor.api.post(`/candidates/${candidateId}/hire/`, { job_id: job.id });
    assert.equal(hired.status, 200);
    const { rows } = await ctx.pool.query('SELECT c.hired, a.status, a.current_stage FROM candidates c JOIN job_universal_status a ON a.candidate_id = c.id WHERE c.id = $1', [candidateId]);
    assert.deepEqual(rows[0], { hired: true, status: 'Hired', current_stage: 'Automated Video Interview' });
    const open = await ctx.pool.query('SELECT count(*)::int AS n FROM interview_steps WHERE candidate_id = $1 AND NOT completed', [candidateId]);
    assert.equal(open.rows[0].n, 0);
    assert.deepEqual(await events(), [
      'application:applied',
      'resume-screening:approved',
      'assessment:started',
      'assessment:completed',
      'assessment:approved',
      'automated-video-interview:started',
      'automated-video-interview:completed',
      'automated-video-interview:completed',
      'automated-video-interview:approved',
      'application:hired',
    ]);
    const timeline = await editor.api.get(`/candidates/${candidateId}/events/?job_id=${job.id}`);
    assert.equal(timeline.body.at(-1).actor.id, editor.id);
    assert.equal((await rival.admin.api.get(`/candidates/${candidateId}/events/`)).status, 404);
  });

  test('stage-filters counts every tab in one answer; list-with-stages filters by the same labels', async () => {
    const res = await editor.api.get(`/jobs/${job.id}/stage-filters/`);
    assert.equal(res.status, 200);
    const counts = Object.fromEntries(res.body.map((t: { label: string; count: number }) => [t.label, t.count]));
    assert.deepEqual(counts, { Applied: 1, 'Resume Screening': 0, Assessments: 0, 'Automated Video Interview': 0, Hired: 1, Rejected: 0, 'On Hold': 0 });
    // The client puts the colours on the tab as class names.
    assert.deepEqual([res.body[0].backgroundColor, res.body[0].color], ['bg-blue-50', 'text-blue-500']);
    assert.ok(res.body.every((t: { backgroundColor: string; color: string }) => /^bg-[a-z]+-\d+$/.test(t.backgroundColor) && /^text-[a-z]+-\d+$/.test(t.color)));
    assert.deepEqual((await anon.get(`/jobs/${job.id}/stage-filters/`)).body, res.body, 'anonymous callers see a published job\'s counts');
    assert.equal((await rival.admin.api.get(`/jobs/${job.id}/stage-filters/`)).status, 404);
    const draft = await newJob(editor.api, { published: false });
    assert.equal((await anon.get(`/jobs/${draft.id}/stage-filters/`)).status, 404);
    const empty = await editor.api.get(`/jobs/${draft.id}/stage-filters/`);
    assert.equal(empty.status, 200);
    assert.ok(empty.body.every((t: { count: number }) => t.count === 0), 'a job without applicants counts zero in every tab');
    const hired = await editor.api.get(`/candidates/list-with-stages/?job_id=${job.id}&stage_name=Hired`);
    assert.deepEqual(hired.body.results.map((r: { id: number }) => r.id), [candidateId]);
    const video = await editor.api.get(`/candidates/list-with-stages/?job_id=${job.id}&stage_name=Automated Video Interview`);
    assert.equal(video.body.count, 0);
  });
});

describe('refused transitions and expired links', () => {
  test('a stage the workflow lacks; expired links answer 410', async () => {
    const simple = await newJob(editor.api);
    const other = await newApplication(ctx.app, simple);
    const refused = await editor.api.post('/test/share/', { job: simple.id, candidate_id: [other.candidate_id], assessments: [(await editor.api.get('/test/list/')).body.results[0].id], valid_to: '2099-01-01T00:00:00Z' });
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /no Assessments stage/);

    const later = await newApplication(ctx.app, job);
    const overridden = await org.admin.api.post('/test/share/', { job: job.id, candidate_id: [later.candidate_id], assessments: [(await editor.api.get('/test/list/')).body.results[0].id], valid_from: '2020-01-01T00:00:00Z', valid_to: '2099-01-01T00:00:00Z', override: true });
    assert.equal(overridden.status, 200);
    const logId = overridden.body.test_logs[0];
    const override = await ctx.pool.query("SELECT details FROM candidate_stage_events WHERE candidate_id = $1 AND action = 'started'", [later.candidate_id]);
    assert.equal(override.rows[0].details.override, true);
    assert.equal((await editor.api.post('/test/share/', { job: job.id, candidate_id: [later.candidate_id], assessments: [1], valid_to: '2099-01-01T00:00:00Z', override: true })).status, 400);

    await ctx.pool.query("UPDATE test_logs SET valid_to = now() - interval '1 minute' WHERE id = $1", [logId]);
    const logKey = (await org.admin.api.get(`/test/testlog/${logId}/`)).body.access_key;
    assert.equal((await anon.get(`/test/testlog/${logKey}/`)).status, 410);
    assert.equal((await anon.patch(`/test/testlog/${logKey}/`, { status_text: 'Started' })).status, 410);
  });

  test('a link before valid_from answers 403 with the opening time; test-status says the same', async () => {
    const early = await newApplication(ctx.app, job);
    const assessment = (await editor.api.get('/test/list/')).body.results[0].id;
    const shared = await org.admin.api.post('/test/share/', { job: job.id, candidate_id: [early.candidate_id], assessments: [assessment], valid_from: '2098-01-01T00:00:00Z', valid_to: '2099-01-01T00:00:00Z', override: true });
    assert.equal(shared.status, 200);
    const key = (await org.admin.api.get(`/test/testlog/${shared.body.test_logs[0]}/`)).body.access_key;
    const page = await anon.get(`/test/testlog/${key}/`);
    assert.equal(page.status, 403);
    assert.equal(page.body.detail, 'This assessment opens at 2098-01-01T00:00:00.000000Z.');
    assert.equal((await anon.get(`/test/test-status/?test_log=${key}`)).status, 403);
    assert.equal((await anon.patch(`/test/testlog/${key}/`, { status_text: 'Link Opened' })).status, 403);
  });

  test('an expired video interview link answers 410 to the page, its changes and its uploads', async () => {
    const late = await newApplication(ctx.app, job);
    const set = (await editor.api.post('/interview/question-sets/', { name: 'Late' })).body;
    await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Anything?' });
    const assigned = await org.admin.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate: late.candidate_id, question_set: set.id, expired_at: '2099-01-01T00:00:00Z', override: true });
    assert.equal(assigned.status, 201);
    const key = assigned.body.access_key;
    assert.equal((await anon.get(`/personality-screening/personality-screenings/${key}/`)).status, 200);
    await ctx.pool.query("UPDATE personality_screenings SET expired_at = now() - interval '1 minute' WHERE id = $1", [assigned.body.id]);
    const page = await anon.get(`/personality-screening/personality-screenings/${key}/`);
    assert.equal(page.status, 410);
    assert.equal(page.body.detail, 'This interview link has expired.');
    assert.equal((await anon.patch(`/personality-screening/personality-screenings/${key}/`, { link_opened: true })).status, 410);
    const answer = await sendForm(anon, 'POST', '/interview/answers/', { question: String(assigned.body.questions[0].id), screening_id: key, text: 'Too late' });
    assert.equal(answer.status, 410);
  });

  test('rejecting and hiring record the outcome; an unknown action is a 400', async () => {
    const app2 = await newApplication(ctx.app, job);
    const bad = await editor.api.post('/interview/update-step/', { candidate_id: app2.candidate_id, job_id: job.id, action: 'Teleport', order: 1 });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.action);
    const rejected = await editor.api.post(`/candidates/${app2.candidate_id}/reject/`, { job_id: job.id, reason: 'Position filled' });
    assert.equal(rejected.status, 200);
    const filters = (await editor.api.get(`/jobs/${job.id}/stage-filters/`)).body;
    assert.equal(filters.find((t: { label: string }) => t.label === 'Rejected').count, 1);
    const { rows } = await ctx.pool.query("SELECT details FROM candidate_stage_events WHERE candidate_id = $1 AND action = 'rejected'", [app2.candidate_id]);
    assert.deepEqual(rows[0].details, { reason: 'Position filled' });

    // A rejection can be reconsidered; a hire is final for everyone but an Admin.
    assert.equal((await editor.api.post('/interview/update-step/', { candidate_id: app2.candidate_id, job_id: job.id, action: 'Approve', order: 1 })).status, 200);
    assert.equal((await editor.api.post(`/candidates/${app2.candidate_id}/hire/`, { job_id: job.id })).status, 200);
    const moved = await editor.api.post('/interview/update-step/', { candidate_id: app2.candidate_id, job_id: job.id, action: 'Hold', order: 1 });
    assert.equal(moved.status, 409);
    assert.match(moved.body.error, /already hired/);
    assert.equal((await editor.api.post(`/candidates/${app2.candidate_id}/reject/`, { job_id: job.id })).status, 409);
    assert.equal((await org.admin.api.post(`/candidates/${app2.candidate_id}/reject/`, { job_id: job.id })).status, 200);
    const flag = await ctx.pool.query('SELECT hired FROM candidates WHERE id = $1', [app2.candidate_id]);
    assert.equal(flag.rows[0].hired, false);
  });
});
