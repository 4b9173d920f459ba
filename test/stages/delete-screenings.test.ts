// DELETE /personality-screening/personality-screenings/delete-multiple/: only those who may change
// the job's candidates delete its video interviews, and the recordings go with them.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, newWorkflow, sendForm } from '../helpers/fixtures.ts';
import { videoPart, WEBM, wav } from '../helpers/media.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);
const workflow = await newWorkflow(editor.api, 'Video only', ['automated-video-interview']);
const job = await newJob(editor.api, { interview_module: workflow.id, users_shared_with: [participant.id] });
const URL = '/personality-screening/personality-screenings/delete-multiple/';

async function recordedScreening() {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  const set = (await editor.api.post('/interview/question-sets/', { name: 'Intro' })).body;
  const question = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Tell us about yourself' })).body.id;
  await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Why this job?' });
  const assigned = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: set.id, expired_at: '2099-01-01T00:00:00Z' });
  assert.equal(assigned.status, 201);
  const key = assigned.body.access_key;
  const audio = { field: 'audio_file', filename: 'answer.wav', type: 'audio/wav', content: wav() };
  assert.equal((await sendForm(anon, 'POST', '/interview/answers/', { question: String(question), screening_id: key }, [videoPart(), audio])).status, 201);
  const chunk = await sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '1', video_id: key }, [{ field: 'file', filename: 'blob', type: 'video/webm', content: WEBM }]);
  assert.equal(chunk.status, 200);
  return assigned.body.id as number;
}

const count = async (table: string, id: number) =>
  (await ctx.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'personality_screenings' ? 'id' : 'screening_id'} = $1`, [id])).rows[0].n;

test('a Participant the job is shared with gets 403 and the interview stays', async () => {
  const id = await recordedScreening();
  const res = await participant.api.request('DELETE', URL, { ids: [id] });
  assert.equal(res.status, 403);
  assert.deepEqual(res.body, { detail: 'Participants cannot change jobs.' });
  assert.deepEqual([await count('personality_screenings', id), await count('screening_answers', id), await count('video_uploads', id)], [1, 1, 1]);
  assert.deepEqual((await rival.admin.api.request('DELETE', URL, { ids: [id] })).body, { deleted: 0 });
  assert.equal(await count('personality_screenings', id), 1);
});

test("an Editor's delete removes the interview and queues its recordings and upload parts for deletion", async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query(
    `SELECT a.video_file, a.audio_file, u.parts->0->>'key' AS part FROM screening_answers a JOIN video_uploads u ON u.screening_id = a.screening_id WHERE a.screening_id = $1`,
    [id],
  );
  const files = [rows[0].video_file, rows[0].audio_file, rows[0].part];
  assert.ok(files.every(Boolean));
  const res = await editor.api.request('DELETE', URL, { ids: [id] });
  assert.deepEqual([res.status, res.body], [200, { deleted: 1 }]);
  assert.deepEqual([await count('personality_screenings', id), await count('screening_answers', id), await count('video_uploads', id)], [0, 0, 0]);
  const queued = await ctx.pool.query("SELECT data->'keys' AS keys FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [files[0]]);
  assert.deepEqual(queued.rows.map((r) => [...r.keys].sort()), [[...files].sort()]);
});

test('deleting the candidate also queues the parts of an answer still uploading', async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query(
    `SELECT p.candidate_id, u.parts->0->>'key' AS part FROM personality_screenings p JOIN video_uploads u ON u.screening_id = p.id WHERE p.id = $1`,
    [id],
  );
  assert.equal((await editor.api.delete(`/candidates/candidate/${rows[0].candidate_id}/`)).status, 204);
  assert.equal(await count('video_uploads', id), 0);
  const queued = await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [rows[0].part]);
  assert.equal(queued.rows[0].n, 1);
});

test('a chunk re-sent while the same upload is completed: both wait on the interview in one order, no deadlock', async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query('SELECT u.id AS upload, p.access_key FROM video_uploads u JOIN personality_screenings p ON p.id = u.screening_id WHERE p.id = $1', [id]);
  const question = (await ctx.pool.query('SELECT question_id FROM screening_answers WHERE screening_id = $1', [id])).rows[0].question_id;
  const deadlocks = async () => (await ctx.pool.query('SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()')).rows[0].n;
  const before = await deadlocks();
  // The interview's row is held until both requests wait on a lock, so that they overlap.
  const holder = await ctx.pool.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM personality_screenings WHERE id = $1 FOR UPDATE', [id]);
  const chunk = sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '1', video_id: rows[0].access_key, upload_id: rows[0].upload }, [{ field: 'file', filename: 'blob', type: 'video/webm', content: WEBM }]);
  const complete = anon.post('/video_upload/complete/', { upload_id: rows[0].upload, question });
  const waiting = async () =>
    (await ctx.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")).rows[0].n;
  for (let i = 0; i < 300 && (await waiting()) < 2; i++) await new Promise((r) => setTimeout(r, 10));
  await holder.query('COMMIT');
  holder.release();
  const statuses = [(await chunk).status, (await complete).status];
  assert.ok(statuses.every((s) => s < 500), JSON.stringify(statuses));
  assert.equal(await deadlocks(), before);
});

test('an answer with two recordings under one name is a 400, and neither is stored', async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query('SELECT p.access_key, a.question_id FROM personality_screenings p JOIN screening_answers a ON a.screening_id = p.id WHERE p.id = $1', [id]);
  const videos = async () =>
    (await readdir(join(ctx.config.dataDir, 'blobs', 'intro-videos'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;
  const before = await videos();
  const res = await sendForm(anon, 'POST', '/interview/answers/', { question: String(rows[0].question_id), screening_id: rows[0].access_key }, [videoPart(), videoPart()]);
  assert.deepEqual([res.status, res.body], [400, { video_file: ['Send one file here, not several.'] }]);
  assert.equal(await videos(), before);
});
