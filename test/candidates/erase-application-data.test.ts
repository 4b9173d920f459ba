import assert from 'node:assert/strict';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMailer } from '../../src/mail/mailer.ts';
import { sendEmailHandler } from '../../src/mail/send-email-handler.ts';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const other = await org.addUser('Editor');

const counts = async (candidateId: number) => {
  const q = async (sql: string) => (await ctx.pool.query(sql, [candidateId])).rows[0].n as number;
  return {
    answers: await q('SELECT count(*)::int AS n FROM criteria_responses WHERE candidate_id = $1'),
    notes: await q('SELECT count(*)::int AS n FROM step_feedback WHERE candidate_id = $1'),
  };
};

test("deleting an application takes its answers and the team's notes with it; deleting the candidate, the e-mails to them too", async () => {
  const mine = await newJob(editor.api);
  const theirs = await newJob(other.api);
  const email = 'erin.erase@mail.example';
  const applicant = await newApplication(ctx.app, mine, { email });
  await newApplication(ctx.app, theirs, { email });
  const id = applicant.candidate_id;
  for (const [api, job] of [[editor.api, mine], [other.api, theirs]] as const) {
    const [criterion] = (await api.post('/jobs/criteria/bulk-create-or-update/', [{ job_id: job.id, question: 'Can you start in May?', response_type: 'yes_no' }])).body;
    assert.equal((await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: id, [criterion.id]: 'yes' })).status, 201);
    assert.equal((await api.post('/interview/interview-step-feedback/', { candidate: id, job: job.id, step_name: 'Resume Screening', feedback: 'Keen.' })).status, 201);
  }
  const resume = applicant.resumes[0].id;
  assert.equal((await editor.api.patch(`/resume_parser/resumes/${resume}/`, { status_text: 'Shortlisted', notify_candidate: true })).status, 200);
  const mails = async () => (await ctx.pool.query("SELECT count(*)::int AS n FROM candidate_emails WHERE mail->>'to' = $1", [email])).rows[0].n;
  assert.equal(await mails(), 1);

  const [theirResume] = (await ctx.pool.query('SELECT id FROM resumes WHERE candidate_id = $1 AND job_id = $2', [id, theirs.id])).rows;
  assert.equal((await other.api.patch(`/resume_parser/resumes/${theirResume.id}/`, { status_text: 'On Hold', notify_candidate: true })).status, 200);
  assert.equal(await mails(), 2);
  // Another organisation's candidate with the same address, and e-mail to them.
  const rival = (await newOrganisation(ctx)).admin;
  const rivalJob = await newJob(rival.api);
  const twin = await newApplication(ctx.app, rivalJob, { email });
  assert.equal((await rival.api.patch(`/resume_parser/resumes/${twin.resumes[0].id}/`, { status_text: 'Shortlisted', notify_candidate: true })).status, 200);

  const queued = async () => (await ctx.pool.query('SELECT id FROM candidate_emails WHERE candidate_id = $1 ORDER BY job_id', [id])).rows.map((r) => r.id as number);
  const [aboutMine] = await queued();

  assert.equal((await editor.api.delete(`/candidates/candidate/${id}/`)).status, 204);
  assert.deepEqual(await counts(id), { answers: 1, notes: 1 }, 'the other job keeps its own');
  assert.equal(await mails(), 2, "the e-mail about the deleted application goes; the other job's and the other organisation's stay");
  const outbox = await mkdtemp(join(tmpdir(), 'shortlist-erase-'));
  const job = { id: 'm-1', data: { candidateEmail: aboutMine }, retryCount: 0, retryLimit: 3 } as Parameters<ReturnType<typeof sendEmailHandler>>[0];
  await sendEmailHandler(ctx.pool, createMailer({ smtpUrl: undefined, mailFrom: 'x@org.example', dataDir: outbox, jobTimeoutSeconds: 300 }))(job);
  await assert.rejects(readdir(join(outbox, 'outbox')), 'its queued job, when it runs, sends nothing');
  assert.equal((await org.admin.api.delete(`/candidates/candidate/${id}/`)).status, 204);
  assert.deepEqual(await counts(id), { answers: 0, notes: 0 });
  assert.equal(await mails(), 1, "only the other organisation's e-mail is left");
});
