// The web client's assign dialog (personality-screening/admin/List.js) sends several candidates at
// once as `candidates`, and its list copies screening_link and shows assigned_by.profile_pic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newApplication, newOrganisation, newQuestionSet, videoInterviewJob } from '../helpers/fixtures.ts';

const APP_URL = 'https://hire.example';
const ctx = await testApp({ APP_URL });
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const job = await videoInterviewJob(editor.api);
const otherJob = await videoInterviewJob(editor.api);
const set = await newQuestionSet(editor.api, ['Tell us about yourself', 'Why this job?']);
const URL = '/personality-screening/personality-screenings/';
const applicant = async (of = job) => (await newApplication(ctx.app, of)).candidate_id as number;

/** As List.js sends it: the chosen questions and the date-time input's value. */
const assign = (candidates: unknown, extra: Record<string, unknown> = {}) =>
  editor.api.post(URL, { job: job.id, candidates, question_set: set.id, questions: set.questions, expired_at: '2099-01-01T09:30', ...extra });

async function written(candidates: number[]) {
  const { rows } = await ctx.pool.query(
    `SELECT (SELECT count(*)::int FROM personality_screenings WHERE candidate_id = ANY($1::int[])) AS screenings,
       (SELECT count(*)::int FROM candidate_emails WHERE candidate_id = ANY($1::int[])) AS mails`,
    [candidates],
  );
  return rows[0];
}

test('two candidates at once: one interview and one e-mail each, answered with {results}', async () => {
  const candidates = [await applicant(), await applicant()];
  const res = await assign(candidates);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.deepEqual(res.body.results.map((s: { candidate: { id: number } }) => s.candidate.id), candidates);
  assert.deepEqual(await written(candidates), { screenings: 2, mails: 2 });
  const { rows } = await ctx.pool.query('SELECT candidate_id, question_ids, assigned_by FROM personality_screenings WHERE candidate_id = ANY($1::int[]) ORDER BY id', [candidates]);
  assert.deepEqual(rows, candidates.map((c) => ({ candidate_id: c, question_ids: set.questions, assigned_by: editor.id })));
  const { rows: mails } = await ctx.pool.query('SELECT candidate_id, mail FROM candidate_emails WHERE candidate_id = ANY($1::int[]) ORDER BY candidate_id', [candidates]);
  for (const [i, s] of res.body.results.entries()) {
    const mail = mails.find((m) => m.candidate_id === candidates[i]);
    assert.ok(mail.mail.text.includes(s.screening_link), mail.mail.text);
  }
});

test('a candidate who has not applied to the job refuses the whole request, naming them', async () => {
  const good = await applicant();
  const stranger = await applicant(otherJob);
  const res = await assign([good, stranger]);
  assert.deepEqual([res.status, res.body], [400, { candidates: [`Candidate ${stranger} has not applied to this job.`] }]);
  assert.deepEqual(await written([good, stranger]), { screenings: 0, mails: 0 });
});

test('e-mails past the daily limit for the batch assign nothing', async () => {
  const limited = await testApp({ MAIL_DAILY_LIMIT: '1' });
  const admin = (await newOrganisation(limited)).admin;
  const limitedJob = await videoInterviewJob(admin.api);
  const limitedSet = await newQuestionSet(admin.api, ['Why this job?']);
  const candidates = [(await newApplication(limited.app, limitedJob)).candidate_id, (await newApplication(limited.app, limitedJob)).candidate_id];
  const res = await admin.api.post(URL, { job: limitedJob.id, candidates, question_set: limitedSet.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.deepEqual([res.status, Object.keys(res.body)], [400, ['candidates']]);
  const counts = await limited.pool.query('SELECT (SELECT count(*)::int FROM personality_screenings) AS screenings, (SELECT count(*)::int FROM candidate_emails) AS mails');
  assert.deepEqual(counts.rows[0], { screenings: 0, mails: 0 });
});

test('an empty list, a candidate named twice, or both forms at once (or neither) are 400s naming candidates', async () => {
  const c = await applicant();
  for (const [candidates, extra, message] of [
    [[], {}, 'Choose at least one candidate.'],
    [[c, c], {}, 'Name each candidate once.'],
    [[c], { candidate: c }, 'Send either candidate (one id) or candidates (a list of ids).'],
    [undefined, {}, 'Send either candidate (one id) or candidates (a list of ids).'],
  ] as const) {
    const res = await assign(candidates, extra);
    assert.deepEqual([res.status, res.body], [400, { candidates: [message] }], JSON.stringify(candidates));
  }
  assert.deepEqual(await written([c]), { screenings: 0, mails: 0 });
});

test('one candidate as `candidate` still answers with the interview itself', async () => {
  const c = await applicant();
  const res = await editor.api.post(URL, { job: job.id, candidate: c, question_set: set.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.equal(res.status, 201);
  assert.deepEqual([typeof res.body.id, res.body.candidate.id, res.body.results], ['number', c, undefined]);
  assert.deepEqual(await written([c]), { screenings: 1, mails: 1 });
});

test("the list's screening_link is a full URL on APP_URL, and assigned_by carries the recruiter's photo", async () => {
  const c = await applicant();
  assert.equal((await assign([c])).status, 201);
  const page = async () => (await editor.api.get(`${URL}?candidate=${c}`)).body.results[0];
  const row = await page();
  const { rows } = await ctx.pool.query('SELECT candidate_id, access_key FROM personality_screenings WHERE candidate_id = $1', [c]);
  assert.equal(row.screening_link, `${APP_URL}/app/candidate/personality-screening/${c}/${rows[0].access_key}/`);
  assert.deepEqual(row.assigned_by, { id: editor.id, name: row.assigned_by.name, profile_pic: null });

  await ctx.pool.query("UPDATE users SET profile_pic = 'profile-pics/editor-photo' WHERE id = $1", [editor.id]);
  assert.match((await page()).assigned_by.profile_pic, /profile-pics\/editor-photo.*signature=/);
});
