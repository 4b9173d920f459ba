// An assessment's questions are checked item by item: a malformed question, choice or answer is
// a 400 naming the question, never a 500, and nothing is saved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newOrganisation } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const choices = [{ id: 'a', text: 'Node.js' }, { id: 'b', text: 'CSS' }];

const assessments = async () => (await ctx.pool.query('SELECT count(*)::int AS n FROM assessments')).rows[0].n;

test('malformed questions are a 400 on questions naming the question', async () => {
  const cases: [unknown[], string][] = [
    [[{ text: 'q', choices: 'ab' }], 'Question 1: choices must be a list.'],
    [[{ text: 'q', choices: ['Node.js', 'CSS'], answer: ['1'] }], 'Question 1: choice 1 must be an object with an id and a text.'],
    [[{ text: 'q', choices: [{ id: 'a', text: { toString: 1 } }, choices[1]], answer: ['a'] }], 'Question 1: choice 1: text must be a string.'],
    [[{ text: 'q', choices: [choices[0], { id: { toString: 1 }, text: 'CSS' }], answer: ['a'] }], 'Question 1: choice 2: id must be a string or a number.'],
    [[{ text: 'q', type: 'text', answer: 5 }], 'Question 1: answer must be a list of choice ids.'],
    [[{ text: 'q', choices, answer: 'a' }], 'Question 1: answer must be a list of choice ids.'],
    [[{ text: 'q', choices, answer: [{ toString: 1 }] }], 'Question 1: answer must be a list of choice ids.'],
    [[{ text: 'ok', choices, answer: ['a'] }, { id: { toString: 1 }, text: 'q', type: 'text' }], 'Question 2: id must be a string or a number.'],
    [[{ text: { toString: 1 }, type: 'text' }], 'Question 1: text is required.'],
    [[{ text: 'q', type: { toString: 1 } }], 'Question 1: type must be single, multiple or text.'],
  ];
  for (const [questions, message] of cases) {
    const created = await editor.api.post('/test/tests/', { title: 'x', questions });
    assert.equal(created.status, 400, JSON.stringify(questions));
    assert.deepEqual(created.body, { questions: [message] });
  }
  assert.equal(await assessments(), 0);

  const valid = await editor.api.post('/test/tests/', { title: 'x', questions: [{ id: 1, text: 'q', choices: [{ id: 1, text: 'Node.js' }, { id: 2, text: 'CSS' }], answer: [1] }] });
  assert.equal(valid.status, 201);
  const patched = await editor.api.patch(`/test/tests/${valid.body.id}/`, { questions: [{ text: 'q', choices: 'ab' }] });
  assert.deepEqual([patched.status, patched.body], [400, { questions: ['Question 1: choices must be a list.'] }]);
  const { rows } = await ctx.pool.query('SELECT questions FROM assessments WHERE id = $1', [valid.body.id]);
  assert.deepEqual(rows[0].questions, [{ id: '1', text: 'q', type: 'single', choices: [{ id: '1', text: 'Node.js' }, { id: '2', text: 'CSS' }], answer: ['1'] }]);
});
