import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const rival = await newOrganisation(ctx);

test('question sets: questions are added, changed and removed within the organisation only', async () => {
  const set = (await editor.api.post('/interview/question-sets/', { name: 'Intro' })).body;
  assert.equal(set.question_count, 0);
  const ids: number[] = [];
  for (const text of ['First', 'Second']) ids.push((await editor.api.post('/interview/questions/', { question_set: set.id, text })).body.id);
  assert.equal((await participant.api.post('/interview/questions/', { question_set: set.id, text: 'No' })).status, 403);
  assert.equal((await rival.admin.api.post('/interview/questions/', { question_set: set.id, text: 'No' })).status, 404);

  const changed = await editor.api.patch(`/interview/questions/${ids[0]}/`, { text: 'First, reworded', time_limit: 60 });
  assert.equal(changed.status, 200);
  assert.deepEqual([changed.body.text, changed.body.time_limit, changed.body.is_deleted], ['First, reworded', 60, false]);
  assert.equal((await rival.admin.api.patch(`/interview/questions/${ids[0]}/`, { text: 'Theirs' })).status, 404);
  assert.equal((await rival.admin.api.delete(`/interview/questions/${ids[1]}/`)).status, 404);

  assert.equal((await editor.api.delete(`/interview/questions/${ids[1]}`)).status, 204);
  const listed = await editor.api.get(`/interview/questions/?question_set_id=${set.id}`);
  assert.deepEqual(listed.body.results.map((q: { id: number; text: string }) => [q.id, q.text]), [[ids[0], 'First, reworded']]);
  assert.equal((await rival.admin.api.get(`/interview/questions/?question_set_id=${set.id}`)).status, 404);
  const sets = (await editor.api.get('/interview/question-sets/')).body.results;
  assert.equal(sets.find((s: { id: number }) => s.id === set.id).question_count, 1);
  assert.equal((await rival.admin.api.get('/interview/question-sets/')).body.count, 0);
});

test('a removed question is not found: it cannot be changed, restored or removed again', async () => {
  const set = (await editor.api.post('/interview/question-sets/', { name: 'Removed' })).body;
  const id = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Gone' })).body.id;
  assert.equal((await editor.api.patch(`/interview/questions/${id}/`, { is_deleted: true })).status, 200);
  for (const change of [{ text: 'Back' }, { is_deleted: false }, { is_deleted: true }]) {
    const res = await editor.api.patch(`/interview/questions/${id}/`, change);
    assert.deepEqual([res.status, res.body], [404, { detail: 'Not found.' }], JSON.stringify(change));
  }
  assert.equal((await editor.api.delete(`/interview/questions/${id}/`)).status, 404);
  const { rows } = await ctx.pool.query('SELECT text, is_deleted FROM screening_questions WHERE id = $1', [id]);
  assert.deepEqual(rows[0], { text: 'Gone', is_deleted: true });
});
