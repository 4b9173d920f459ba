// Every resume has its application's status row (migration 0011): the lists count a job's
// resumes by the applicant counter kept on job_universal_status.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const job = await newJob(org.admin.api);
const otherJob = await newJob(org.admin.api);

test('a resume without its application status row cannot be stored', async () => {
  const applied = await newApplication(ctx.app, job);
  await assert.rejects(
    ctx.pool.query("INSERT INTO resumes (candidate_id, job_id, score_weight_id, name) VALUES ($1, $2, 1, 'Orphan')", [applied.candidate_id, otherJob.id]),
    (e: { code?: string }) => e.code === '23503',
  );
  const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM resumes WHERE candidate_id = $1', [applied.candidate_id]);
  assert.equal(rows[0].n, 1);
});

test("removing an application's status row removes its resume", async () => {
  const applied = await newApplication(ctx.app, job);
  await ctx.pool.query('DELETE FROM job_universal_status WHERE candidate_id = $1 AND job_id = $2', [applied.candidate_id, job.id]);
  const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM resumes WHERE candidate_id = $1', [applied.candidate_id]);
  assert.equal(rows[0].n, 0);
});
