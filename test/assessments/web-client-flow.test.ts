// The web client's assessment pages, call by call as they make them: the assign dialog shares an
// assessment with how its questions are put, the candidate gets the link by e-mail, and the test
// page reads its state, the assessment and its questions, answers each question with the choice
// objects it was shown, reports proctoring, and finishes with POST /test/result/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const APP_URL = 'https://hire.example';
const ctx = await testApp({ APP_URL });
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const anon = new Api(ctx.app);
const workflow = await newWorkflow(editor.api, 'Resume then test', ['resume-screening', 'assessment']);
const job = await newJob(editor.api, { interview_module: workflow.id });

async function screenedCandidate(app = ctx.app, api = editor.api, forJob = job): Promise<number> {
  const { candidate_id: id } = await newApplication(app, forJob);
  assert.equal((await api.post('/interview/update-step/', { candidate_id: id, job_id: forJob.id, action: 'Approve', step_id: 'step-1' })).status, 200);
  return id;
}

const QUESTIONS = [
  { id: 'q1', text: 'Which runs JavaScript on servers?', type: 'single', choices: [{ id: 'a', text: 'Node.js' }, { id: 'b', text: 'CSS' }], answer: ['a'] },
  { id: 'q2', text: 'Pick the SQL databases', type: 'multiple', choices: [{ id: 'a', text: 'PostgreSQL' }, { id: 'b', text: 'Redis' }, { id: 'c', text: 'MySQL' }], answer: ['a', 'c'] },
  { id: 'q3', text: 'Which is a queue?', type: 'single', choices: [{ id: 'x', text: 'A table' }, { id: 'y', text: 'A line of jobs' }], answer: ['y'] },
];
const assessmentId = (await editor.api.post('/test/tests/', { title: 'Backend basics', time_duration_in_minutes: 10, questions: QUESTIONS })).body.id;
const shareBody = (candidate: number, pick: Record<string, unknown> = { randomize_question: true, question_count: 2 }) => ({
  job: job.id,
  candidate_id: [candidate],
  assessments: [{ id: assessmentId, type: 'user-owned-assessment', ...pick }],
  valid_from: new Date(Date.now() - 60_000).toISOString(),
  valid_to: '2099-01-01T00:00:00Z',
  preferences: {},
});

/** Shares the assessment with a new screened candidate (the body changed by `extra`) and gives the link's key. */
async function sharedKey(extra: Record<string, unknown> = {}, pick: Record<string, unknown> = {}): Promise<string> {
  const shared = await editor.api.post('/test/share/', { ...shareBody(await screenedCandidate(), pick), ...extra });
  assert.equal(shared.status, 200, JSON.stringify(shared.body));
  const { rows } = await ctx.pool.query('SELECT access_key FROM test_logs WHERE id = $1', [shared.body.test_logs[0]]);
  return rows[0].access_key;
}

describe('the web client takes an assessment from sharing to its result', () => {
  let candidateId: number;
  let key: string;
  let shown: { id: string; type: string; text: string; time_limit: number; choices: string }[];

  test('the assign dialog shares it with a pick of questions; the candidate is e-mailed the link to their test page', async () => {
    candidateId = await screenedCandidate();
    const res = await editor.api.post('/test/share/', shareBody(candidateId));
    assert.equal(res.status, 200);
    const { rows } = await ctx.pool.query('SELECT access_key, preferences FROM test_logs WHERE id = $1', [res.body.test_logs[0]]);
    key = rows[0].access_key;
    assert.deepEqual(rows[0].preferences, { randomize_question: true, question_count: 2 });
    const link = `/app/candidate/${candidateId}/test/${key}/${key}/`;
    assert.equal((await editor.api.get(`/test/testlog/${res.body.test_logs[0]}/`)).body.link, link);
    const mails = await ctx.pool.query('SELECT mail FROM candidate_emails WHERE candidate_id = $1 AND job_id = $2', [candidateId, job.id]);
    assert.equal(mails.rows.length, 1);
    assert.match(mails.rows[0].mail.subject, /^Backend basics: an assessment for your application for /);
    assert.ok(mails.rows[0].mail.text.includes(`${APP_URL}${link}`), mails.rows[0].mail.text);
    assert.match(mails.rows[0].mail.text, /\(10 minutes\)/);
    assert.match(mails.rows[0].mail.text, /until 2099-01-01 00:00 UTC/);
  });

  test('test-status lists the assessment by the link key, with the pick and the state the page checks', async () => {
    const res = await anon.get(`/test/test-status/?test_log=${key}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 1);
    const [item] = res.body;
    assert.deepEqual(
      [item.test, item.prebuilt_assessment, item.test_type, item.question_count, item.randomize_question, item.completed],
      [key, null, 'user-owned-assessment', 2, true, false],
    );
    assert.deepEqual([item.test_log.link_opened, item.test_log.started, item.test_log.completed], [false, false, false]);
  });

  test('the page opens and starts the log; the log names its proctoring and its job as the page uses them', async () => {
    const opened = await anon.put(`/test/testlog/${key}/`, { link_opened_at: new Date().toISOString(), link_opened: true, status_text: 'Link Opened' });
    assert.deepEqual([opened.status, opened.body.link_opened, opened.body.started], [200, true, false]);
    const started = await anon.put(`/test/testlog/${key}/`, { started_at: new Date().toISOString(), started: true, status_text: 'Started' });
    assert.deepEqual([started.status, started.body.started], [200, true]);
    const log = (await anon.get(`/test/testlog/${key}/`)).body;
    assert.deepEqual([log.proctoring, log.job, log.test[0].id], [key, job.id, key]);
  });

  test("the assessment and its questions are read by the link's key: the page's shape, no answers, the same pick each time", async () => {
    const assessment = await anon.get(`/test/tests/${key}/`);
    assert.deepEqual(assessment.body, { id: key, title: 'Backend basics', time_duration_in_minutes: 10 });
    assert.equal((await anon.get(`/test/tests/${assessmentId}/`)).status, 404, 'an assessment id is no link');
    assert.deepEqual((await editor.api.get(`/test/tests/${assessmentId}/`)).body.questions, QUESTIONS, 'the recruiter reads it by its id');

    const url = `/test/assessment-questions/?test_id=${key}&type=user-owned-assessment&question_count=2&randomize_question=true`;
    const res = await anon.get(url);
    assert.equal(res.status, 200);
    shown = res.body.questions;
    assert.equal(shown.length, 2);
    assert.deepEqual((await anon.get(url)).body.questions, shown, 'a reload shows the same questions in the same order');
    const { rows } = await ctx.pool.query('SELECT questions, time_duration_in_minutes FROM test_logs WHERE access_key = $1', [key]);
    assert.deepEqual([rows[0].questions.map((q: { id: string }) => q.id), rows[0].time_duration_in_minutes], [shown.map((q) => q.id), 10], 'the draw is kept with the log');
    // The recruiter rewrites the assessment while the candidate takes it: new questions, less time.
    const rewritten = [{ id: 'q1', text: 'Rewritten', type: 'single', choices: [{ id: 'z', text: 'Other' }, { id: 'a', text: 'Node.js' }], answer: ['z'] }];
    const edited = await editor.api.patch(`/test/tests/${assessmentId}/`, { questions: rewritten, time_duration_in_minutes: 1 });
    assert.equal(edited.status, 200);
    assert.deepEqual((await anon.get(url)).body.questions, shown, 'an edit of the assessment meanwhile changes no running log');
    assert.equal((await anon.get(`/test/tests/${key}/`)).body.time_duration_in_minutes, 10);
    assert.equal((await editor.api.patch(`/test/tests/${assessmentId}/`, { questions: [...QUESTIONS, { id: 'q4', text: 'Which is a cache?', type: 'single', choices: [{ id: 'a', text: 'Redis' }, { id: 'b', text: 'A form' }], answer: ['a'] }], time_duration_in_minutes: 10 })).status, 200);
    for (const q of shown) {
      const original = QUESTIONS.find((o) => o.id === q.id);
      assert.ok(original);
      assert.equal(q.time_limit, 300, "each question's share of the 10 minutes");
      assert.ok(!('answer' in q));
      assert.deepEqual(JSON.parse(q.choices), original.choices.map((c, i) => ({ id: i + 1, value: c.text })));
    }
    assert.deepEqual((await anon.get(`/test/answers/?candidate_id=${candidateId}&type=user-owned-assessment&job_id=${job.id}&test_log_id=${key}&test_id=${key}`)).body, { results: [] });
  });

  test('answers come as the choice objects shown; a choice or question the page never showed is a 400', async () => {
    const unshown = QUESTIONS.find((q) => !shown.some((s) => s.id === q.id));
    const answer = (questionId: string, choices: { id: number; value: string }[]) => ({
      question_id: questionId,
      candidate_id: candidateId,
      choices,
      type: 'single',
      text: null,
      audio_file: [],
      started_at: new Date().toISOString(),
      submitted_at: new Date().toISOString(),
      test_log: key,
      job: job.id,
      test: key,
    });
    const offered = (q: (typeof shown)[number]) => JSON.parse(q.choices) as { id: number; value: string }[];
    const right = QUESTIONS.find((q) => q.id === shown[0].id);
    assert.ok(right);
    const rightChoices = offered(shown[0]).filter((c) => right.answer.includes(right.choices[c.id - 1].id));
    assert.equal((await anon.post('/test/answers/', answer(shown[0].id, rightChoices))).status, 201);
    // The second is sent with no choice, as the page does when its time runs out: a wrong answer.
    assert.equal((await anon.post('/test/answers/', answer(shown[1].id, []))).status, 201);

    const beyond = await anon.post('/test/answers/', answer(shown[0].id, [{ id: 9, value: 'None of these' }]));
    assert.deepEqual([beyond.status, Object.keys(beyond.body)], [400, ['choices']]);
    for (const choices of [['zzz'], ['a', 'b']]) {
      const single = QUESTIONS.find((q) => q.type === 'single' && shown.some((s) => s.id === q.id));
      assert.ok(single);
      const res = await anon.post('/test/answers/', { ...answer(single.id, []), choices });
      assert.deepEqual([res.status, Object.keys(res.body)], [400, ['choices']], JSON.stringify(choices));
    }
    const notShown = await anon.post('/test/answers/', answer(unshown?.id ?? '', offered(shown[0]).slice(0, 1)));
    assert.deepEqual([notShown.status, Object.keys(notShown.body)], [400, ['answers']]);
    const { test_log: _key, ...keyless } = answer(shown[0].id, []);
    const noLog = await anon.post('/test/answers/', keyless);
    assert.deepEqual([noLog.status, Object.keys(noLog.body)], [400, ['testlog_id']]);

    const saved = (await anon.get(`/test/answers/?test_log_id=${key}`)).body.results;
    assert.deepEqual(saved.map((a: { question_id: string }) => a.question_id), [shown[0].id, shown[1].id]);
    assert.deepEqual(saved[0].choices, right.answer, 'stored by their choice ids');
    assert.equal((await anon.put(`/test/proctoring/${key}/`, { fullscreen_exit_count: 1, tab_switch_count: 0 })).status, 200);
  });

  test('POST /test/result/ completes and scores over the questions shown; the page confirming the finish again changes nothing', async () => {
    const body = { candidate_id: candidateId, test_log_id: key, started_at: new Date().toISOString(), completed_at: new Date().toISOString(), test_id: key };
    const res = await anon.post('/test/result/', body);
    assert.equal(res.status, 201);
    assert.deepEqual([res.body.status_text, res.body.completed, res.body.score, res.body.test_log_id], ['Completed', true, '50.00', key]);
    assert.equal((await anon.put(`/test/testlog/${key}/`, { completed_at: new Date().toISOString(), completed: true, status_text: 'Completed' })).status, 200);
    assert.equal((await anon.post('/test/result/', body)).status, 200);
    assert.equal((await anon.put(`/test/testlog/${key}/`, { status_text: 'Disqualified' })).status, 409);
    const { rows } = await ctx.pool.query('SELECT status_text, score::text, fullscreen_exit_count FROM test_logs WHERE access_key = $1', [key]);
    assert.deepEqual(rows[0], { status_text: 'Completed', score: '50.00', fullscreen_exit_count: 1 });
    assert.equal((await anon.get(`/test/result/?test_log_id=${key}`)).body.score, '50.00');
    assert.equal((await anon.get(`/test/test-status/?test_log=${key}`)).body[0].completed, true);
  });

  test('every page of a link not yet open is a 403, of an expired one a 410', async () => {
    const later = await sharedKey({ valid_from: '2098-01-01T00:00:00Z' }, { randomize_question: true, question_count: 2 });
    const pages = (k: string) => [`/test/test-status/?test_log=${k}`, `/test/tests/${k}/`, `/test/assessment-questions/?test_id=${k}`, `/test/answers/?test_log_id=${k}`, `/test/result/?test_log_id=${k}`];
    for (const page of pages(later)) assert.equal((await anon.get(page)).status, 403, page);
    assert.equal((await anon.post('/test/result/', { test_log_id: later })).status, 403);
    await ctx.pool.query("UPDATE test_logs SET valid_from = now() - interval '2 days', valid_to = now() - interval '1 day' WHERE access_key = $1", [later]);
    for (const page of pages(later)) assert.equal((await anon.get(page)).status, 410, page);
    assert.equal((await anon.post('/test/result/', { test_log_id: later })).status, 410);
  });

  test("answers past the assessment's time (and a minute's grace) are refused; the finish is still taken", async () => {
    const late = await sharedKey();
    assert.equal((await anon.put(`/test/testlog/${late}/`, { status_text: 'Started' })).status, 200);
    const given = { test_log: late, question_id: 'q1', choices: [{ id: 1, value: 'Node.js' }] };
    await ctx.pool.query("UPDATE test_logs SET started_at = now() - interval '10 minutes 50 seconds' WHERE access_key = $1", [late]);
    assert.equal((await anon.post('/test/answers/', given)).status, 201, 'within the grace');
    await ctx.pool.query("UPDATE test_logs SET started_at = now() - interval '11 minutes 10 seconds' WHERE access_key = $1", [late]);
    const refused = await anon.post('/test/answers/', { ...given, question_id: 'q3', choices: [{ id: 2, value: 'A line of jobs' }] });
    assert.deepEqual([refused.status, Object.keys(refused.body)], [400, ['answers']]);
    const finished = await anon.post('/test/result/', { test_log_id: late });
    assert.deepEqual([finished.status, finished.body.status_text], [201, 'Completed']);
    const { rows: saved } = await ctx.pool.query('SELECT answers FROM test_logs WHERE access_key = $1', [late]);
    assert.deepEqual(saved[0].answers.map((a: { question_id: string }) => a.question_id), ['q1']);
  });

  test('of two finishes sent at the same moment, one completes the log and the other changes nothing', async () => {
    const twice = await sharedKey();
    assert.equal((await anon.put(`/test/testlog/${twice}/`, { status_text: 'Started' })).status, 200);
    // Both read the log unfinished, then wait on its lock, held here, before finishing it.
    const holder = await ctx.pool.connect();
    let statuses: number[];
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM test_logs WHERE access_key = $1 FOR UPDATE', [twice]);
      const both = Promise.all([anon.post('/test/result/', { test_log_id: twice }), anon.post('/test/result/', { test_log_id: twice })]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query('COMMIT');
      statuses = (await both).map((r) => r.status);
    } finally {
      holder.release();
    }
    assert.deepEqual(statuses.sort(), [200, 201]);
    const { rows: events } = await ctx.pool.query(
      "SELECT count(*)::int AS n FROM candidate_stage_events e JOIN test_logs l ON l.access_key = $1 WHERE e.candidate_id = l.candidate_id AND e.details->>'test_log' = l.id::text",
      [twice],
    );
    assert.equal(events[0].n, 1, 'completed once');
  });

  test('unknown keys are 404, a missing key is a 400 on its field', async () => {
    const unknown = 'f'.repeat(32);
    for (const url of [`/test/test-status/?test_log=${unknown}`, `/test/assessment-questions/?test_id=${unknown}`, `/test/answers/?test_log_id=${unknown}`, `/test/tests/${unknown}/`]) {
      assert.equal((await anon.get(url)).status, 404, url);
    }
    const missing = await anon.get('/test/assessment-questions/?type=user-owned-assessment');
    assert.deepEqual([missing.status, Object.keys(missing.body)], [400, ['test_id']]);
  });
});

describe('sharing refuses what it cannot deliver, whole', () => {
  test('a candidate or an assessment named twice, or more questions asked for than there are, is a 400 on its field', async () => {
    const candidate = await screenedCandidate();
    const cases: [Record<string, unknown>, string][] = [
      [{ candidate_id: [candidate, candidate] }, 'candidate_id'],
      [{ assessments: [assessmentId, { id: assessmentId }] }, 'assessments'],
      [{ assessments: [{ id: assessmentId, question_count: 9 }] }, 'assessments'],
    ];
    for (const [change, field] of cases) {
      const res = await editor.api.post('/test/share/', { ...shareBody(candidate), ...change });
      assert.deepEqual([res.status, Object.keys(res.body)], [400, [field]], JSON.stringify(change));
    }
    const { rows } = await ctx.pool.query('SELECT (SELECT count(*)::int FROM test_logs WHERE candidate_id = $1) AS logs, (SELECT count(*)::int FROM candidate_emails WHERE candidate_id = $1) AS mails', [candidate]);
    assert.deepEqual(rows[0], { logs: 0, mails: 0 });
  });

  test('a candidate given several assessments at once gets one e-mail with each link', async () => {
    const second = (await editor.api.post('/test/tests/', { title: 'SQL', time_duration_in_minutes: 5, questions: QUESTIONS })).body.id;
    const candidate = await screenedCandidate();
    const res = await editor.api.post('/test/share/', { ...shareBody(candidate), assessments: [assessmentId, second] });
    assert.equal(res.status, 200);
    const { rows } = await ctx.pool.query('SELECT mail FROM candidate_emails WHERE candidate_id = $1', [candidate]);
    assert.equal(rows.length, 1);
    assert.match(rows[0].mail.subject, /^2 assessments for your application for /);
    const { rows: keys } = await ctx.pool.query('SELECT access_key FROM test_logs WHERE id = ANY($1::int[]) ORDER BY id', [res.body.test_logs]);
    assert.ok(rows[0].mail.text.includes(`the assessment "Backend basics" (10 minutes): ${APP_URL}/app/candidate/${candidate}/test/${keys[0].access_key}/`));
    assert.ok(rows[0].mail.text.includes(`the assessment "SQL" (5 minutes): ${APP_URL}/app/candidate/${candidate}/test/${keys[1].access_key}/`));
  });

  test('an assessment of an unknown type is a 400 on assessments, and nothing is written', async () => {
    const candidate = await screenedCandidate();
    const res = await editor.api.post('/test/share/', { ...shareBody(candidate), assessments: [{ id: assessmentId, type: 'borrowed-assessment' }] });
    assert.deepEqual([res.status, Object.keys(res.body)], [400, ['assessments']]);
    const { rows } = await ctx.pool.query('SELECT (SELECT count(*)::int FROM test_logs WHERE candidate_id = $1) AS logs, (SELECT count(*)::int FROM candidate_emails WHERE candidate_id = $1) AS mails', [candidate]);
    assert.deepEqual(rows[0], { logs: 0, mails: 0 });
  });

  test("past the organisation's daily e-mails the share is a 400 on candidate_id, with no log and no e-mail", async () => {
    const limited = await testApp({ MAIL_DAILY_LIMIT: '1' });
    const admin = (await newOrganisation(limited)).admin;
    const flow = await newWorkflow(admin.api, 'Resume then test', ['resume-screening', 'assessment']);
    const limitedJob = await newJob(admin.api, { interview_module: flow.id });
    const short = (await admin.api.post('/test/tests/', { title: 'Short', questions: QUESTIONS })).body.id;
    const candidates = [await screenedCandidate(limited.app, admin.api, limitedJob), await screenedCandidate(limited.app, admin.api, limitedJob)];
    const res = await admin.api.post('/test/share/', { job: limitedJob.id, candidate_id: candidates, assessments: [short], valid_to: '2099-01-01T00:00:00Z' });
    assert.deepEqual([res.status, Object.keys(res.body)], [400, ['candidate_id']]);
    const { rows } = await limited.pool.query('SELECT (SELECT count(*)::int FROM test_logs) AS logs, (SELECT count(*)::int FROM candidate_emails) AS mails, (SELECT count(*)::int FROM sent_emails) AS sent');
    assert.deepEqual(rows[0], { logs: 0, mails: 0, sent: 0 });
    assert.equal((await admin.api.post('/test/share/', { job: limitedJob.id, candidate_id: [candidates[0]], assessments: [short], valid_to: '2099-01-01T00:00:00Z' })).status, 200);
  });
});
