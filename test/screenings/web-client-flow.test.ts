// The automated video interview as the web client drives it: the candidate's pages
// (personality-screening/{Tour,ScreeningTour,VideoComponent}.js) call by call, then the recruiter's
// review page (applicants/ApplicantPersonalityScreening.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newQuestionSet, sendForm, videoInterviewJob } from '../helpers/fixtures.ts';
import { WEBM } from '../helpers/media.ts';

const APP_URL = 'https://hire.example';
const ctx = await testApp({ APP_URL });
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const outsider = await org.addUser('Editor');
const rival = await newOrganisation(ctx);
const job = await videoInterviewJob(editor.api);
const set = await newQuestionSet(editor.api, ['Tell us about yourself', 'Why this job?']);
const ISO_MESSAGE = 'Enter a date/time in ISO 8601 format, such as 2024-05-01T09:30:00Z.';

async function assigned(candidate?: number) {
  const candidateId: number = candidate ?? (await newApplication(ctx.app, job)).candidate_id;
  const res = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate: candidateId, question_set: set.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.equal(res.status, 201);
  return { id: res.body.id as number, candidateId, link: res.body.screening_link as string };
}

/** The page the recruiter's view links to, on the web app (APP_URL): the client's route reads the candidate id and the key from it. */
function linkParts(link: string) {
  assert.ok(link.startsWith(`${APP_URL}/`), link);
  const match = /^\/app\/candidate\/personality-screening\/(\d+)\/([0-9a-f]{32})\/$/.exec(link.slice(APP_URL.length));
  assert.ok(match, link);
  return { candidate: match[1], url: `/personality-screening/personality-screenings/${match[2]}/` };
}

/** One answer as VideoComponent posts it: a webm video, the audio track named .mp3, and the times as the browser writes them. */
const answerForm = (page: { id: string; question_set: number }, candidate: string, question: number, submittedAt: string) =>
  sendForm(anon, 'POST', '/interview/answers/', {
    question: String(question), question_set: String(page.question_set), candidate, type: 'video',
    started: '2026-11-29T13:11:00.000Z', submitted_at: submittedAt, step: '', screening_type: 'personality-screening', screening_id: page.id,
  }, [
    { field: 'video_file', filename: `Casey Candidate-${page.id}-${question}.webm`, type: 'video/webm', content: WEBM },
    { field: 'audio_file', filename: `Casey Candidate-${page.id}-${question}.mp3`, type: 'audio/webm', content: WEBM },
  ]);

const SUBMITTED = ['Sun Nov 29 2026 13:12:07 GMT+0000 (Coordinated Universal Time)', 'Mon Nov 30 2026 01:12:07 GMT+0530 (India Standard Time)'];

/** Tour, ScreeningTour and VideoComponent in order, through the link the recruiter was given. */
async function takeLikeTheClient(link: string) {
  const { candidate, url } = linkParts(link);
  const page = await anon.get(url);
  assert.equal(page.status, 200);
  assert.equal(page.body.link_opened, false);
  const opened = await anon.patch(url, { link_opened: true, link_opened_at: new Date().toISOString(), status_text: 'Link Opened' });
  assert.equal(opened.status, 200);
  const started = await anon.patch(url, { started: new Date().toISOString(), status_text: 'Started' });
  assert.deepEqual([started.status, started.body.started, started.body.status_text], [200, true, 'Started']);
  for (const [i, question] of page.body.questions.entries()) {
    const answer = await answerForm(page.body, candidate, question.id, SUBMITTED[i]);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  }
  const completed = await anon.patch(url, { completed: true, completed_time: new Date().toISOString(), status_text: 'Completed' });
  assert.deepEqual([completed.status, completed.body.completed, completed.body.status_text], [200, true, 'Completed']);
  return page.body;
}

test("the candidate takes the interview with the web client's calls, and every answer is stored", async () => {
  const s = await assigned();
  const { candidate, url } = linkParts(s.link);
  assert.equal(candidate, String(s.candidateId));
  const page = await takeLikeTheClient(s.link);
  assert.equal(page.id, url.split('/')[3], 'the candidate view names the interview by its key');
  assert.deepEqual(page.questions.map((q: { id: number }) => q.id), set.questions);
  const { rows: [screening] } = await ctx.pool.query('SELECT status_text, link_opened, started, completed, started_at IS NOT NULL AS has_started_at FROM personality_screenings WHERE id = $1', [s.id]);
  assert.deepEqual(screening, { status_text: 'Completed', link_opened: true, started: true, completed: true, has_started_at: true });
  const { rows: answers } = await ctx.pool.query(
    'SELECT question_id, video_file IS NOT NULL AS video, audio_file IS NOT NULL AS audio, started, submitted_at FROM screening_answers WHERE screening_id = $1 ORDER BY question_id',
    [s.id],
  );
  assert.deepEqual(answers, set.questions.map((question, i) => ({
    question_id: question, video: true, audio: true, started: '2026-11-29T13:11:00.000000Z', submitted_at: ['2026-11-29T13:12:07.000000Z', '2026-11-29T19:42:07.000000Z'][i],
  })));
});

test('assigning the interview e-mails the candidate the link to its page; past the daily e-mails nothing is assigned', async () => {
  const s = await assigned();
  const { rows } = await ctx.pool.query('SELECT mail FROM candidate_emails WHERE candidate_id = $1 AND job_id = $2', [s.candidateId, job.id]);
  assert.equal(rows.length, 1);
  assert.match(rows[0].mail.subject, /^A video interview for your application for /);
  assert.ok(rows[0].mail.text.includes(s.link), rows[0].mail.text);
  assert.match(rows[0].mail.text, /a video interview \(2 questions, answered on camera\)/);
  assert.match(rows[0].mail.text, /Open it until 2099-01-01 00:00 UTC/);

  const limited = await testApp({ MAIL_DAILY_LIMIT: '0' });
  const admin = (await newOrganisation(limited)).admin;
  const limitedJob = await videoInterviewJob(admin.api);
  const limitedSet = await newQuestionSet(admin.api, ['Why this job?']);
  const candidate = (await newApplication(limited.app, limitedJob)).candidate_id;
  const refused = await admin.api.post('/personality-screening/personality-screenings/', { job: limitedJob.id, candidate, question_set: limitedSet.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.deepEqual([refused.status, Object.keys(refused.body)], [400, ['candidate']]);
  const counts = await limited.pool.query('SELECT (SELECT count(*)::int FROM personality_screenings) AS screenings, (SELECT count(*)::int FROM candidate_emails) AS mails');
  assert.deepEqual(counts.rows[0], { screenings: 0, mails: 0 });
});

test('submitted_at in the form of String(new Date()) must be a real moment; started of the PATCH takes only true, false or a date-time', async () => {
  const s = await assigned();
  const { candidate, url } = linkParts(s.link);
  const page = (await anon.get(url)).body;
  const wrongWeekday = 'Mon Nov 29 2026 13:12:07 GMT+0000 (Coordinated Universal Time)';
  for (const submittedAt of [wrongWeekday, 'Sun Feb 30 2026 13:12:07 GMT+0000', 'Sun Nov 29 2026 24:12:07 GMT+0000', 'Sun Nov 29 2026 13:12:07']) {
    const res = await answerForm(page, candidate, set.questions[0], submittedAt);
    assert.deepEqual([res.status, res.body], [400, { submitted_at: [ISO_MESSAGE] }], submittedAt);
  }
  for (const started of [5, { at: '2026-11-29T13:11:00Z' }, 'Started', 'Sun Nov 29 2026']) {
    const res = await anon.patch(url, { started, status_text: 'Started' });
    assert.deepEqual([res.status, res.body], [400, { started: ['Must be of type boolean.'] }], JSON.stringify(started));
  }
  const { rows } = await ctx.pool.query('SELECT started, (SELECT count(*)::int FROM screening_answers WHERE screening_id = $1) AS answers FROM personality_screenings WHERE id = $1', [s.id]);
  assert.deepEqual(rows[0], { started: false, answers: 0 });
});

test("the recruiter's detail: the candidate's latest interview within the caller's access, never without a token", async () => {
  const first = await assigned();
  const s = await assigned(first.candidateId);
  const detail = `/personality-screening/detail/${s.candidateId}/`;
  const res = await editor.api.get(detail);
  assert.equal(res.status, 200);
  assert.equal(res.body.id, s.id);
  for (const field of ['status_text', 'completed', 'is_approved', 'approved_by', 'approved_at', 'updated_by', 'updated_at']) assert.ok(field in res.body, field);
  assert.deepEqual([res.body.status_text, res.body.completed, res.body.screening_link], ['Assigned', false, s.link]);
  assert.equal((await org.admin.api.get(`${detail}?job_id=${job.id}`)).body.id, s.id);
  const otherJob = await newJob(editor.api);
  assert.equal((await editor.api.get(`${detail}?job_id=${otherJob.id}`)).status, 404);
  assert.equal((await outsider.api.get(detail)).status, 404, 'an Editor the job is not shared with');
  assert.equal((await rival.admin.api.get(detail)).status, 404);
  const anonymous = await anon.get(detail);
  assert.equal(anonymous.status, 401);
  assert.equal(anonymous.body.id, undefined);
  const lone = await newApplication(ctx.app, job);
  assert.equal((await editor.api.get(`/personality-screening/detail/${lone.candidate_id}/`)).status, 404);
});

test('the recruiter reviews a completed interview with a status, which is stored with who set it', async () => {
  const s = await assigned();
  const url = `/personality-screening/personality-screenings/${s.id}/`;
  const early = await editor.api.patch(url, { status_text: 'On Hold', updated_by: editor.id, updated_at: new Date() });
  assert.equal(early.status, 400);
  assert.ok(early.body.status_text);
  await takeLikeTheClient(s.link);
  const row = async () =>
    (await ctx.pool.query('SELECT status_text, is_approved, approved_by, updated_by, completed FROM personality_screenings WHERE id = $1', [s.id])).rows[0];

  const review = await editor.api.patch(url, { status_text: 'Under Review', updated_by: editor.id, updated_at: new Date() });
  assert.equal(review.status, 200);
  assert.deepEqual([review.body.status_text, review.body.updated_by.id, review.body.completed, review.body.is_approved], ['Under Review', editor.id, true, null]);
  assert.ok(review.body.updated_at);
  assert.deepEqual(await row(), { status_text: 'Under Review', is_approved: null, approved_by: null, updated_by: editor.id, completed: true });

  const shortlisted = await editor.api.patch(url, { status_text: 'Shortlisted', updated_by: editor.id, updated_at: new Date(), approved_by: editor.id, approved_at: new Date(), is_approved: true });
  assert.equal(shortlisted.status, 200);
  assert.deepEqual([shortlisted.body.status_text, shortlisted.body.is_approved, shortlisted.body.approved_by], ['Shortlisted', true, editor.id]);
  assert.ok(shortlisted.body.approved_at);
  assert.deepEqual(await row(), { status_text: 'Shortlisted', is_approved: true, approved_by: editor.id, updated_by: editor.id, completed: true });
  assert.equal((await editor.api.get(`/personality-screening/detail/${s.candidateId}/`)).body.approved_at, shortlisted.body.approved_at);

  for (const status_text of ['Completed', 'Hired', 'shortlisted', 'constructor']) {
    const res = await editor.api.patch(url, { status_text });
    assert.deepEqual([res.status, Object.keys(res.body)], [400, ['status_text']], status_text);
  }
  assert.deepEqual(await row(), { status_text: 'Shortlisted', is_approved: true, approved_by: editor.id, updated_by: editor.id, completed: true });

  // A status alone decides, as for resumes; the candidate's page keeps showing their own progress.
  const rejected = await editor.api.patch(url, { status_text: 'Not Shortlisted' });
  assert.deepEqual([rejected.status, rejected.body.is_approved], [200, false]);
  const { rows: events } = await ctx.pool.query("SELECT action FROM candidate_stage_events WHERE details->>'screening' = $1 ORDER BY id DESC LIMIT 1", [String(s.id)]);
  assert.equal(events[0].action, 'rejected');
  const { url: page } = linkParts(s.link);
  assert.equal((await anon.get(page)).body.status_text, 'Completed', "the recruiters' review is not shown to the candidate");
});
