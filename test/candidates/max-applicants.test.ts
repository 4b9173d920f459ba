// A job's max_applicants holds when applications arrive together: the refused ones get the
// same 400 as a late one and leave no candidate, application or stored file behind.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);

const storedFiles = () => (readdirSync(join(ctx.config.dataDir, 'blobs'), { recursive: true }) as string[]).filter((f) => /[0-9a-f]{32}$/.test(f));

async function jobLimitedTo(maxApplicants: number) {
  const job = await newJob(org.admin.api);
  const preferences = (await org.admin.api.get(`/resume_parser/resume-screening-preferences/?job_id=${job.id}`)).body.results[0];
  const res = await org.admin.api.patch(`/resume_parser/resume-screening-preferences/${preferences.id}/`, { max_applicants: maxApplicants });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return job;
}

const apply = (job: { encrypted: string }, n: number) =>
  sendForm(anon, 'POST', '/candidates/candidate/', { name: `Applicant ${n}`, email: `applicant-${n}@mail.example`, job_key: job.encrypted }, [PDF]);

async function applicationRows(jobId: number) {
  const { rows } = await ctx.pool.query(
    `SELECT (SELECT count(*)::int FROM resumes WHERE job_id = $1) AS resumes,
       (SELECT count(*)::int FROM job_universal_status WHERE job_id = $1) AS statuses,
       (SELECT count(*)::int FROM candidates WHERE org_id = $2) AS candidates,
       (SELECT applicants_count FROM jobs WHERE id = $1) AS counted`,
    [jobId, org.admin.org_id],
  );
  return rows[0];
}

test('six applications at once to a job that takes one: one 201, five of the same 400, nothing left of them', async () => {
  const job = await jobLimitedTo(1);
  const replies = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => apply(job, n)));
  assert.deepEqual(replies.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  const late = await apply(job, 7);
  assert.equal(late.status, 400);
  assert.deepEqual(late.body, { job_key: ['This job has received the most applications it accepts.'] });
  for (const refused of replies.filter((r) => r.status === 400)) assert.deepEqual(refused.body, late.body);
  assert.deepEqual(await applicationRows(job.id), { resumes: 1, statuses: 1, candidates: 1, counted: 1 });
  const { rows } = await ctx.pool.query('SELECT resume_file FROM resumes WHERE job_id = $1', [job.id]);
  assert.deepEqual(storedFiles(), [rows[0].resume_file]);
});

test('candidates the organisation already has, applying at once to a job that takes three: three 201s and three 400s, never a 500', async () => {
  // Each has applied elsewhere first, so their rows exist and nothing else lines them up.
  const elsewhere = await newJob(org.admin.api);
  const people = [11, 12, 13, 14, 15, 16];
  for (const n of people) assert.equal((await apply(elsewhere, n)).status, 201);
  const job = await jobLimitedTo(3);
  const replies = await Promise.all(people.map((n) => apply(job, n)));
  assert.deepEqual(replies.map((r) => r.status).sort(), [201, 201, 201, 400, 400, 400], JSON.stringify(replies.map((r) => r.body)));
  const { rows } = await ctx.pool.query('SELECT (SELECT count(*)::int FROM resumes WHERE job_id = $1) AS resumes, (SELECT applicants_count FROM jobs WHERE id = $1) AS counted', [job.id]);
  assert.deepEqual(rows[0], { resumes: 3, counted: 3 });
});
