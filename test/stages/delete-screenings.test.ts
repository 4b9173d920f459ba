// DELETE /personality-screening/personality-screenings/delete-multiple/: only those who may change
// the job's candidates delete its video interviews, and the recordings go with them.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newOrganisation, newQuestionSet, PDF, sendForm, videoInterviewJob } from '../helpers/fixtures.ts';
import { holdRows, lockWaiters } from '../helpers/locks.ts';
import { videoPart, WEBM, wav } from '../helpers/media.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);
const job = await videoInterviewJob(editor.api, { users_shared_with: [participant.id] });
const URL = '/personality-screening/personality-screenings/delete-multiple/';

async function recordedScreening() {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  const set = await newQuestionSet(editor.api, ['Tell us about yourself', 'Why this job?']);
  const [question] = set.questions;
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
  const release = await holdRows(ctx.pool, 'SELECT id FROM personality_screenings WHERE id = $1 FOR UPDATE', [id]);
  const chunk = sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: '1', video_id: rows[0].access_key, upload_id: rows[0].upload }, [{ field: 'file', filename: 'blob', type: 'video/webm', content: WEBM }]);
  const complete = anon.post('/video_upload/complete/', { upload_id: rows[0].upload, question });
  await lockWaiters(ctx.pool, 2);
  await release();
  const statuses = [(await chunk).status, (await complete).status];
  assert.ok(statuses.every((s) => s < 500), JSON.stringify(statuses));
  assert.equal(await deadlocks(), before);
});

type Sent = Promise<{ status: number; body: unknown }>;

/** Runs `first`, then `second`, both waiting on a row a third connection holds (`lock`), so that `first` commits while `second` waits. */
async function overlapped(lock: string, id: number, first: () => Sent, second: () => Sent) {
  const release = await holdRows(ctx.pool, lock, [id]);
  const one = first();
  await lockWaiters(ctx.pool, 1);
  const two = second();
  await lockWaiters(ctx.pool, 2);
  await release();
  return [await one, await two];
}

/** The keys of the files stored under `dir` while `act` runs. */
async function storedDuring(dir: string, act: () => Promise<unknown>): Promise<string[]> {
  const blobs = join(ctx.config.dataDir, 'blobs');
  const files = async () =>
    (await readdir(join(blobs, dir), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.endsWith('.type'))
      .map((e) => join(e.parentPath, e.name).slice(blobs.length + 1));
  const before = new Set(await files());
  await act();
  return (await files()).filter((k) => !before.has(k));
}

/** Records a video answer to the interview's second question while `remove` waits on the interview's row; returns the video's key and what `remove` answered. */
async function answerWhileRemoving(id: number, remove: () => Sent) {
  const { rows } = await ctx.pool.query('SELECT access_key, question_ids FROM personality_screenings WHERE id = $1', [id]);
  const answered = (await ctx.pool.query('SELECT question_id FROM screening_answers WHERE screening_id = $1', [id])).rows[0].question_id;
  const question = rows[0].question_ids.find((q: number) => q !== answered);
  let answers: { status: number; body: unknown }[] = [];
  const stored = await storedDuring('intro-videos', async () => {
    answers = await overlapped(
      'SELECT id FROM personality_screenings WHERE id = $1 FOR UPDATE',
      id,
      () => sendForm(anon, 'POST', '/interview/answers/', { question: String(question), screening_id: rows[0].access_key }, [videoPart()]),
      remove,
    );
  });
  assert.equal(answers[0].status, 201);
  assert.equal(stored.length, 1, JSON.stringify(stored));
  return { key: stored[0], removed: answers[1] };
}

const queuedTimes = async (key: string) =>
  (await ctx.pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'delete-blobs' AND data->'keys' ? $1", [key])).rows[0].n;

test('an answer recorded while the delete waits for the interview is queued for deletion too', async () => {
  const id = await recordedScreening();
  const { key, removed } = await answerWhileRemoving(id, () => editor.api.request('DELETE', URL, { ids: [id] }));
  assert.deepEqual(removed.body, { deleted: 1 });
  assert.equal(await queuedTimes(key), 1);
});

test("an answer recorded while the candidate's delete waits is queued for deletion too", async () => {
  const id = await recordedScreening();
  const candidate = (await ctx.pool.query('SELECT candidate_id FROM personality_screenings WHERE id = $1', [id])).rows[0].candidate_id;
  const { key, removed } = await answerWhileRemoving(id, () => editor.api.delete(`/candidates/candidate/${candidate}/`));
  assert.equal(removed.status, 204);
  assert.equal(await count('screening_answers', id), 0);
  assert.equal(await queuedTimes(key), 1);
});

const videos = async () =>
  (await readdir(join(ctx.config.dataDir, 'blobs', 'intro-videos'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;

test('an answer with two recordings under one name is a 400, and neither is stored', async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query('SELECT p.access_key, a.question_id FROM personality_screenings p JOIN screening_answers a ON a.screening_id = p.id WHERE p.id = $1', [id]);
  const before = await videos();
  const res = await sendForm(anon, 'POST', '/interview/answers/', { question: String(rows[0].question_id), screening_id: rows[0].access_key }, [videoPart(), videoPart()]);
  assert.deepEqual([res.status, res.body], [400, { video_file: ['Send one file here, not several.'] }]);
  assert.equal(await videos(), before);
});

test('an answer with a file in a field it does not take is a 400 on that field, and its recording is not kept', async () => {
  const id = await recordedScreening();
  const { rows } = await ctx.pool.query('SELECT p.access_key, a.question_id, a.video_file FROM personality_screenings p JOIN screening_answers a ON a.screening_id = p.id WHERE p.id = $1', [id]);
  const before = await videos();
  const res = await sendForm(anon, 'POST', '/interview/answers/', { question: String(rows[0].question_id), screening_id: rows[0].access_key }, [videoPart(), videoPart('photo')]);
  assert.deepEqual([res.status, res.body], [400, { photo: ['Unknown file field: send video_file and/or audio_file.'] }]);
  assert.equal(await videos(), before);
  const after = await ctx.pool.query('SELECT video_file FROM screening_answers WHERE screening_id = $1', [id]);
  assert.equal(after.rows[0].video_file, rows[0].video_file, 'the answer keeps its recording');
});

test("a resume sent again while the candidate's delete waits is queued for deletion too", async () => {
  const email = 'again@mail.example';
  const { candidate_id: candidate } = await newApplication(ctx.app, job, { email });
  let answers: { status: number; body: unknown }[] = [];
  const stored = await storedDuring('resumes', async () => {
    answers = await overlapped(
      'SELECT id FROM resumes WHERE candidate_id = $1 FOR UPDATE',
      candidate,
      () => sendForm(anon, 'POST', '/candidates/candidate/', { name: 'Casey Candidate', email, job_key: job.encrypted }, [PDF]),
      () => editor.api.delete(`/candidates/candidate/${candidate}/`),
    );
  });
  assert.deepEqual(answers.map((a) => a.status), [201, 204]);
  assert.equal((await ctx.pool.query('SELECT count(*)::int AS n FROM resumes WHERE candidate_id = $1', [candidate])).rows[0].n, 0);
  assert.equal(stored.length, 1, JSON.stringify(stored));
  assert.equal(await queuedTimes(stored[0]), 1);
});
