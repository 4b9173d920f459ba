import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientQuestions, pickQuestions, shownQuestions } from '../../src/assessments/log-questions.ts';
import type { Question } from '../../src/assessments/questions.ts';

const question = (id: string): Question => ({ id, text: `Question ${id}`, type: 'single', choices: [{ id: 'a', text: 'Yes' }, { id: 'b', text: 'No' }], answer: ['a'] });
const QUESTIONS = ['q1', 'q2', 'q3', 'q4'].map(question);

test('without a pick a log puts every question in order; a count cuts them; shuffled draws vary and are each a draw without repeats', () => {
  assert.deepEqual(pickQuestions(QUESTIONS, { randomize_question: false, question_count: null }), ['q1', 'q2', 'q3', 'q4']);
  assert.deepEqual(pickQuestions(QUESTIONS, { randomize_question: false, question_count: 2 }), ['q1', 'q2']);
  const draws = Array.from({ length: 60 }, () => pickQuestions(QUESTIONS, { randomize_question: true, question_count: 3 }));
  for (const draw of draws) {
    assert.equal(draw.length, 3);
    assert.equal(new Set(draw).size, 3);
    assert.ok(draw.every((id) => QUESTIONS.some((q) => q.id === id)));
  }
  assert.ok(new Set(draws.map((d) => d.join())).size > 1, 'the order is shuffled');
});

test("a log's questions follow its kept pick, without those deleted since; a log from before picks were kept has them all", () => {
  assert.deepEqual(shownQuestions(QUESTIONS, ['q3', 'q1']).map((q) => q.id), ['q3', 'q1']);
  assert.deepEqual(shownQuestions(QUESTIONS.slice(1), ['q3', 'q1']).map((q) => q.id), ['q3']);
  assert.deepEqual(shownQuestions(QUESTIONS, null).map((q) => q.id), ['q1', 'q2', 'q3', 'q4']);
});

test("the page's shape: numbered choices as a JSON string, and each question's share of the time, which together stay within it", () => {
  const [first] = clientQuestions(QUESTIONS, 2);
  assert.deepEqual(first, { id: 'q1', type: 'single', text: 'Question q1', html_content: null, time_limit: 30, choices: '[{"id":1,"value":"Yes"},{"id":2,"value":"No"}]' });
  assert.equal(clientQuestions(Array.from({ length: 70 }, (_, i) => question(`q${i}`)), 1)[0].time_limit, 1);
});
