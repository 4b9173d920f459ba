// POST /video_upload/complete/ joins the parts without holding the interview: a part whose file is
// a named pipe keeps the join waiting until the test writes the bytes into it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newOrganisation, newQuestionSet, sendForm, videoInterviewJob } from '../helpers/fixtures.ts';
import { videoPart, WEBM } from '../helpers/media.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const job = await videoInterviewJob(editor.api);
const half = WEBM.length / 2;

/** An interview with two questions and a two-part upload whose first part is a named pipe nothing has written to yet. */
async function uploadWithPipe() {
  const { candidate_id: candidate } = await newApplication(ctx.app, job);
  const { id: set, questions } = await newQuestionSet(editor.api, ['Tell us about yourself', 'Why this job?']);
  const assigned = await editor.api.post('/personality-screening/personality-screenings/', { job: job.id, candidate, question_set: set, expired_at: '2099-01-01T00:00:00Z' });
  const key = assigned.body.access_key;
  const chunk = (part: number, content: Buffer, upload?: string) =>
    sendForm(anon, 'POST', '/video_upload/upload-chunk/', { part_number: String(part), video_id: key, ...(upload ? { upload_id: upload } : {}) }, [{ field: 'file', filename: 'blob', type: 'video/webm', content }]);
  const first = await chunk(1, WEBM.subarray(0, half));
  const upload: string = first.body.upload_id;
  assert.equal((await chunk(2, WEBM.subarray(half), upload)).status, 200);
  const { rows } = await ctx.pool.query("SELECT parts->0->>'key' AS part FROM video_uploads WHERE id = $1", [upload]);
  const pipe = join(ctx.config.dataDir, 'blobs', rows[0].part);
  await rm(pipe);
  execFileSync('mkfifo', [pipe]);
  return { id: assigned.body.id as number, key, questions, upload, pipe, chunk };
}

/** What `sent` answers, or 'still waiting' after two seconds. */
const within = <T>(sent: Promise<T>) => Promise.race([sent, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 2000))]);

const answered = async (id: number) => (await ctx.pool.query('SELECT question_id FROM screening_answers WHERE screening_id = $1 ORDER BY question_id', [id])).rows.map((r) => r.question_id);

test('another answer to the interview is saved while a completion is still joining its parts', async () => {
  const u = await uploadWithPipe();
  const complete = anon.post('/video_upload/complete/', { upload_id: u.upload, question: u.questions[1] });
  const other = sendForm(anon, 'POST', '/interview/answers/', { question: String(u.questions[0]), screening_id: u.key }, [videoPart()]);
  const early = await within(other);
  const before = await answered(u.id);
  await writeFile(u.pipe, WEBM.subarray(0, half));
  assert.equal(early === 'still waiting' ? early : early.status, 201);
  assert.deepEqual(before, [u.questions[0]]);
  assert.equal((await complete).status, 200);
  assert.deepEqual(await answered(u.id), u.questions);
  const saved = await ctx.pool.query('SELECT video_file FROM screening_answers WHERE screening_id = $1 AND question_id = $2', [u.id, u.questions[1]]);
  const video = await ctx.blobs.get(saved.rows[0].video_file);
  const bytes: Buffer[] = [];
  for await (const b of video.stream) bytes.push(b);
  assert.deepEqual(Buffer.concat(bytes), WEBM);
});

test('a part sent again while the parts are joined makes the completion a 409, and nothing is attached', async () => {
  const u = await uploadWithPipe();
  const complete = anon.post('/video_upload/complete/', { upload_id: u.upload, question: u.questions[1] });
  const resent = await within(u.chunk(2, WEBM.subarray(half), u.upload));
  await writeFile(u.pipe, WEBM.subarray(0, half));
  assert.equal(resent === 'still waiting' ? resent : resent.status, 200);
  const res = await complete;
  assert.deepEqual([res.status, res.body], [409, { upload_id: ['A part was sent again while the video was joined; complete the upload again.'] }]);
  assert.deepEqual(await answered(u.id), []);
  assert.equal((await ctx.pool.query('SELECT count(*)::int AS n FROM video_uploads WHERE id = $1', [u.upload])).rows[0].n, 1);
});
