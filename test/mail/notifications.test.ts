import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMailer } from '../../src/mail/mailer.ts';
import { sendEmailHandler } from '../../src/mail/send-email-handler.ts';
import { testApp } from '../helpers/app.ts';
import { Api, login, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';
import { smtpInbox } from '../helpers/smtp-inbox.ts';
import { waitFor } from '../queue/fast-settings.ts';

const inbox = await smtpInbox();
const ctx = await testApp({ SMTP_URL: inbox.url, APP_URL: 'https://hire.example' }, { workers: true });
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor', 'Erin Editor');
const mailTo = (address: string) => waitFor(async () => inbox.received.filter((m) => m.to.includes(address)).at(-1));
const queuedTo = async (address: string) =>
  (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-email' AND data->>'to' = $1", [address])).rows[0].n as number;

describe('e-mail to candidates and recruiters', () => {
  test("a job's owner hears of each new applicant when the job asks for it", async () => {
    const job = await newJob(editor.api, { title: 'Pastry Chef', new_applicant_notify: true });
    await newApplication(ctx.app, job, { name: 'Milo Baker' });
    await newApplication(ctx.app, job, { name: 'Visit my site now' });
    const note = await mailTo(editor.email);
    assert.equal(note.subject, 'New applicants for Pastry Chef');
    assert.doesNotMatch(note.text, /Milo|Visit/, 'applicants choose their names: the note carries none');
    await newApplication(ctx.app, job, { name: 'Third Person' });
    const notes = (await ctx.pool.query("SELECT start_after > now() + interval '1 second' AS later FROM pgboss.job WHERE name = 'send-email' AND data->>'to' = $1 ORDER BY created_on", [editor.email])).rows;
    assert.deepEqual(notes.map((n) => n.later), [false, true], 'one note now, one more at the start of the next ten minutes for those who applied since');
    const quiet = await newJob(editor.api, { title: 'Line Cook' });
    await newApplication(ctx.app, quiet, { name: 'Ada Grill' });
    assert.equal(await queuedTo(editor.email), 2, 'none for a job that does not ask');
  });

  test('a status change with notify_candidate e-mails the candidate what the recruiter wrote, replies to the recruiter', async () => {
    const job = await newJob(editor.api, { title: 'Sous Chef' });
    const applicant = await newApplication(ctx.app, job, { name: 'Noa Pepper', email: 'noa.pepper@mail.example' });
    const resume = applicant.resumes[0].id;
    const res = await editor.api.patch(`/resume_parser/resumes/${resume}/`, { status_text: 'Shortlisted', notify_candidate: true, subject: 'Next steps', body: 'Dear Noa,\n\nPlease book a tasting slot.' });
    assert.equal(res.status, 200);
    const sent = await mailTo('noa.pepper@mail.example');
    assert.deepEqual([sent.subject, sent.text.trim(), sent.replyTo], ['Next steps', 'Dear Noa,\n\nPlease book a tasting slot.', editor.email]);
    assert.match(sent.from, /via Shortlist/);
    const same = await editor.api.patch(`/resume_parser/resumes/${resume}/`, { status_text: 'Shortlisted', notify_candidate: true, subject: 'Again', body: 'Again' });
    assert.deepEqual([same.status, Object.keys(same.body)], [400, ['notify_candidate']]);

    const candidateId = applicant.candidate_id;
    const waiting = async () => (await ctx.pool.query('SELECT count(*)::int AS n FROM candidate_emails WHERE candidate_id = $1', [candidateId])).rows[0].n;
    await waitFor(async () => (await waiting()) === 0);
    const jobs = await ctx.pool.query("SELECT data FROM pgboss.job WHERE name = 'send-email' AND data ? 'candidateEmail'");
    assert.ok(jobs.rows.length > 0 && !JSON.stringify(jobs.rows).includes('noa.pepper'), 'the queue holds the id of the message, which is deleted once sent');
    const emailJobs = async () => (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-email'")).rows[0].n;
    const before = await emailJobs();
    await editor.api.patch(`/resume_parser/resumes/${resume}/`, { status_text: 'On Hold', notify_candidate: false, subject: 'x', body: 'y' });
    assert.deepEqual([await emailJobs(), await waiting()], [before, 0], 'no e-mail without notify_candidate');
    await editor.api.patch(`/resume_parser/resumes/${resume}/`, { status_text: 'Not Shortlisted', notify_candidate: true });
    await waitFor(async () => inbox.received.filter((m) => m.to.includes('noa.pepper@mail.example')).length === 2);
    const decision = await mailTo('noa.pepper@mail.example');
    assert.match(decision.subject, /Sous Chef/);
    assert.match(decision.text, /Hello Noa Pepper,\n\nThank you for applying for Sous Chef\. After careful review, we will not be taking your application further\./);
  });
});

test('an e-mail to a candidate is kept until it is sent, refused for good, or given up; its failures name no address', async () => {
  const job = await newJob(editor.api);
  const { candidate_id: candidateId } = await newApplication(ctx.app, job);
  const mail = { to: 'kept@mail.example', subject: 'Hello', text: 'Hello.' };
  const kept = async () => {
    const { rows } = await ctx.pool.query('INSERT INTO candidate_emails (candidate_id, job_id, mail) VALUES ($1, $2, $3) RETURNING id', [candidateId, job.id, mail]);
    return rows[0].id as number;
  };
  const exists = async (id: number) => (await ctx.pool.query('SELECT 1 FROM candidate_emails WHERE id = $1', [id])).rowCount === 1;
  const attempt = (id: number, retryCount: number) => ({ id: `m-${id}`, data: { candidateEmail: id }, retryCount, retryLimit: 2 }) as Parameters<ReturnType<typeof sendEmailHandler>>[0];
  const through = async (refuse: number) => sendEmailHandler(ctx.pool, createMailer({ smtpUrl: (await smtpInbox('127.0.0.1', refuse)).url, mailFrom: 'x@org.example', dataDir: '/nonexistent', jobTimeoutSeconds: 300 }));
  const log = console.error;
  console.error = () => {};
  try {
    const busy = await through(451);
    const retried = await kept();
    // pg-boss stores the error a failed attempt throws with the job.
    await assert.rejects(busy(attempt(retried, 0)), (error: Error) => !JSON.stringify({ ...error, message: error.message, stack: error.stack }).includes('kept@'));
    assert.ok(await exists(retried), 'kept for the next attempt');
    await assert.rejects(busy(attempt(retried, 2)));
    assert.equal(await exists(retried), false, 'given up at the last attempt');
    const refused = await kept();
    const abandoned = await kept();
    await ctx.pool.query("UPDATE candidate_emails SET created_at = now() - interval '4 days' WHERE id = $1", [abandoned]);
    await (await through(550))(attempt(refused, 0));
    assert.equal(await exists(refused), false, 'refused for good');
    assert.equal(await exists(abandoned), false, 'one older than its job may wait goes with it');
  } finally {
    console.error = log;
  }
});

test("an organisation's e-mails to candidates stop at MAIL_DAILY_LIMIT a day", async () => {
  const limited = await testApp({ SMTP_URL: inbox.url, MAIL_DAILY_LIMIT: '1' });
  const admin = (await newOrganisation(limited)).admin;
  const job = await newJob(admin.api);
  const resumes = [];
  for (const name of ['One', 'Two']) resumes.push((await newApplication(limited.app, job, { name })).resumes[0].id);
  const first = await admin.api.patch(`/resume_parser/resumes/${resumes[0]}/`, { status_text: 'Shortlisted', notify_candidate: true });
  assert.equal(first.status, 200);
  const second = await admin.api.patch(`/resume_parser/resumes/${resumes[1]}/`, { status_text: 'Shortlisted', notify_candidate: true });
  assert.deepEqual([second.status, Object.keys(second.body)], [400, ['notify_candidate']]);
  const { rows } = await limited.pool.query('SELECT status_text FROM resumes WHERE id = $1', [resumes[1]]);
  assert.equal(rows[0].status_text, 'Under Review', 'a refused e-mail leaves the status as it was');
  const written = (await limited.pool.query('SELECT candidate_id FROM resumes WHERE id = $1', [resumes[0]])).rows[0].candidate_id;
  assert.equal((await admin.api.delete(`/candidates/candidate/${written}/`)).status, 204);
  const again = await admin.api.patch(`/resume_parser/resumes/${resumes[1]}/`, { status_text: 'Shortlisted', notify_candidate: true });
  assert.equal(again.status, 400, 'deleting the candidate written to does not give the allowance back');
  // Only the last day counts, and older entries go when the next e-mail is logged.
  const earlier = (await newOrganisation(limited)).admin;
  const earlierJob = await newJob(earlier.api);
  const [resumeId] = (await newApplication(limited.app, earlierJob, { name: 'Six' })).resumes.map((r: { id: number }) => r.id);
  await limited.pool.query("INSERT INTO sent_emails (org_id, created_at) SELECT org_id, now() - interval '25 hours' FROM jobs WHERE id = $1", [earlierJob.id]);
  assert.equal((await earlier.api.patch(`/resume_parser/resumes/${resumeId}/`, { status_text: 'Shortlisted', notify_candidate: true })).status, 200);
  const logged = await limited.pool.query("SELECT s.created_at > now() - interval '1 hour' AS recent FROM sent_emails s JOIN jobs j ON j.org_id = s.org_id WHERE j.id = $1", [earlierJob.id]);
  assert.deepEqual(logged.rows, [{ recent: true }]);
  // Requests arriving together are counted one after another.
  const racer = (await newOrganisation(limited)).admin;
  const racerJob = await newJob(racer.api);
  const ids = [];
  for (const name of ['Three', 'Four', 'Five']) ids.push((await newApplication(limited.app, racerJob, { name })).resumes[0].id);
  const statuses = await Promise.all(ids.map((id) => racer.api.patch(`/resume_parser/resumes/${id}/`, { status_text: 'Shortlisted', notify_candidate: true })));
  assert.deepEqual(statuses.map((r) => r.status).sort(), [200, 400, 400]);
});

describe('password reset', () => {
  const linkOf = (text: string) => /https:\/\/hire\.example\/app\/reset-password\/([^/\s]+)\/([^/\s]+)\//.exec(text);

  test('the link e-mailed sets a new password once, and signs the user out everywhere', async () => {
    const user = await org.addUser('Editor', 'Rey Reset');
    const asked = await anon.post('/accounts/send-reset-password-email/', { email: user.email.toUpperCase() });
    assert.equal(asked.status, 200);
    assert.ok(asked.body.message && asked.body.message === asked.body.detail, 'the client shows `message`');
    const match = linkOf((await mailTo(user.email)).text);
    assert.ok(match, 'a reset link');
    const [, uid, token] = match;
    const url = `/accounts/user/reset-password/${uid}/${token}/`;

    const mismatch = await anon.post(url, { password: 'new password 1', password2: 'new password 2' });
    assert.deepEqual([mismatch.status, Object.keys(mismatch.body)], [400, ['password2']]);
    assert.ok((await anon.post(url, { password: 'short', password2: 'short' })).body.password);
    const forged = await anon.post(`/accounts/user/reset-password/${uid}/${token.slice(0, -2)}xx/`, { password: 'new password 1', password2: 'new password 1' });
    assert.deepEqual([forged.status, Object.keys(forged.body)], [400, ['token']]);
    const otherUser = Buffer.from(String(editor.id)).toString('base64url');
    assert.equal((await anon.post(`/accounts/user/reset-password/${otherUser}/${token}/`, { password: 'new password 1', password2: 'new password 1' })).status, 400);

    const done = await anon.post(url, { password: 'new password 1', password2: 'new password 1' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.match(done.body.message, /reset/, 'the client shows `message`, then hides its form');
    assert.equal((await user.api.get('/accounts/user/')).status, 401, 'old sessions are signed out');
    assert.ok((await login(ctx.app, user.email, 'new password 1')).access);
    await assert.rejects(login(ctx.app, user.email, user.password));
    assert.equal((await anon.post(url, { password: 'new password 2', password2: 'new password 2' })).status, 400, 'the link works once');
  });

  test('a member added without a password is e-mailed who added them and a link, valid for a week, to choose it', async () => {
    const email = `nina-${Date.now()}@${org.domain}`;
    const added = await org.admin.api.post('/accounts/user-add/', { email, name: 'Nina New', role: 'Editor' });
    assert.equal(added.status, 201);
    const invitation = await mailTo(email);
    assert.match(invitation.subject, /^Ada Admin added you to .+ on Shortlist$/);
    assert.match(invitation.text, /^Hello Nina New,/);
    const match = linkOf(invitation.text);
    assert.ok(match, 'a link to choose a password');
    const [, uid, token] = match;
    const expires = Number.parseInt(token.split('-')[0], 36) * 1000;
    assert.ok(expires > Date.now() + 6 * 86_400_000 && expires <= Date.now() + 7 * 86_400_000 + 60_000, 'a week');
    const chosen = await anon.post(`/accounts/user/reset-password/${uid}/${token}/`, { password: 'my first password', password2: 'my first password' });
    assert.equal(chosen.status, 200);
    const signedIn = await login(ctx.app, email, 'my first password');
    assert.ok(signedIn.access);
  });

  test('an unknown address gets the same answer and no e-mail; an address gets one link in five minutes; a bad address is a 400', async () => {
    const res = await anon.post('/accounts/send-reset-password-email/', { email: 'nobody@nowhere.example' });
    assert.equal(res.status, 200);
    const user = await org.addUser('Participant');
    for (let i = 0; i < 3; i++) assert.equal((await anon.post('/accounts/send-reset-password-email/', { email: user.email })).status, 200);
    await mailTo(user.email);
    const resets = async () => (await ctx.pool.query("SELECT data->>'email' AS email, state FROM pgboss.job WHERE name = 'password-reset'")).rows;
    await waitFor(async () => (await resets()).every((r) => r.state === 'completed'));
    assert.equal((await resets()).filter((r) => r.email === user.email.toLowerCase()).length, 1);
    assert.ok(!inbox.received.some((m) => m.to.includes('nobody@nowhere.example')));
    const bad = await anon.post('/accounts/send-reset-password-email/', { email: 'not an address' });
    assert.deepEqual([bad.status, Object.keys(bad.body)], [400, ['email']]);
  });
});
