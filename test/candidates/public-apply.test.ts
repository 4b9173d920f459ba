import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newJob, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const job = await newJob(org.admin.api, { title: 'Public Apply Job' });

const applyFields = (email: string) => ({
  name: 'Priya Patel',
  email,
  location: JSON.stringify({ city: 'Pune', state: 'Maharashtra' }),
  contact: '9876543210',
  job_key: job.encrypted,
  workflow_id: 'null',
  linkedin: 'https://linkedin.example/priya',
  github: '',
  last_increment: '',
  expected_ctc: '12',
  current_ctc: '10.5',
  notice_period_in_months: '2',
  relevant_experience_in_months: '30',
  responses: JSON.stringify([{ questionId: 7, answer: 'yes', type: 'text' }]),
});

describe('the public apply flow of the web client', () => {
  test('job by key -> check-email -> apply -> exists -> re-apply -> retries exceeded', async () => {
    const email = 'priya+jobs@Example.COM';
    const view = await anon.get(`/jobs/candidate-view/${job.encrypted}/`);
    assert.equal(view.status, 200);
    const jobId = view.body.id;

    const before = await anon.get(`/candidates/check-email/${jobId}/${email}/`);
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, { exists: false });

    const audio = { field: '7', filename: 'Priya-ResumeScreening-7.mp3', type: 'audio/wav', content: 'RIFF....' };
    const created = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields(email), [PDF, audio]);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const candidateId = created.body.candidate_id;
    assert.equal(created.body.id, candidateId);
    assert.equal(created.body.email, 'priya+jobs@example.com');
    assert.deepEqual(created.body.location, { city: 'Pune', state: 'Maharashtra' });
    assert.equal(created.body.github, null);
    assert.equal(created.body.notice_period_in_months, 2);
    assert.deepEqual(created.body.applied_jobs, [{ id: jobId, title: 'Public Apply Job' }]);
    assert.equal(created.body.resumes.length, 1);
    const resume = created.body.resumes[0];
    assert.equal(resume.status_text, 'Under Review');
    assert.equal(resume.completed, false);
    assert.equal(resume.resume_file, null);
    assert.equal(resume.retries, 1);
    assert.deepEqual(resume.responses, [{ questionId: 7, answer: 'yes', type: 'text' }]);

    const rows = await ctx.pool.query(
      `SELECT c.org_id, r.resume_size, r.upload_count, a.current_stage, a.status,
         (SELECT array_agg(action) FROM candidate_stage_events e WHERE e.candidate_id = c.id) AS events
       FROM candidates c JOIN resumes r ON r.candidate_id = c.id JOIN job_universal_status a ON a.candidate_id = c.id
       WHERE c.id = $1`,
      [candidateId],
    );
    assert.deepEqual(rows.rows, [
      { org_id: org.admin.org_id, resume_size: PDF.content.length, upload_count: 1, current_stage: 'Resume Screening', status: 'Applied', events: ['applied'] },
    ]);

    const after = await anon.get(`/candidates/check-email/${jobId}/${email}/`);
    assert.equal(after.status, 200);
    assert.deepEqual(after.body, { exists: true, id: candidateId, applied_job: jobId, applied_jobs: [jobId], resume: resume.id, retries: 1 });

    const reapply = {
      ...applyFields(email),
      applied_job: String(after.body.applied_job),
      resume: String(after.body.resume),
      linkedin: ['https://linkedin.example/priya-2', 'https://linkedin.example/priya-2'],
    };
    delete (reapply as Record<string, unknown>).job_key;
    const updated = await sendForm(anon, 'PATCH', `/candidates/candidate/${candidateId}/`, reapply, [PDF]);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.id, candidateId);
    assert.equal(updated.body.linkedin, 'https://linkedin.example/priya-2');
    assert.equal(updated.body.resumes[0].retries, 2);
    assert.equal(updated.body.resumes[0].upload_count, 2);

    const third = await sendForm(anon, 'PATCH', `/candidates/candidate/${candidateId}/`, reapply, [PDF]);
    assert.equal(third.status, 400);
    assert.match(third.body.detail, /Maximum retries exceeded/);
    const again = await sendForm(anon, 'POST', '/candidates/candidate/', applyFields(email), [PDF]);
    assert.equal(again.status, 400);
    assert.match(again.body.detail, /Maximum retries exceeded/);

    const { rows: final } = await ctx.pool.query('SELECT retries, upload_count FROM resumes WHERE candidate_id = $1', [candidateId]);
    assert.deepEqual(final, [{ retries: 2, upload_count: 2 }]);
    const { rows: events } = await ctx.pool.query('SELECT action FROM candidate_stage_events WHERE candidate_id = $1 ORDER BY id', [candidateId]);
    assert.deepEqual(events.map((e) => e.action), ['applied', 'reapplied']);
  });
});
