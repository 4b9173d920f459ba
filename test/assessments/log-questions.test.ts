import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientQuestions, pickQuestions } from '../../src/assessments/log-questions.ts';
import type { Question } from '../../src/assessments/questions.ts';

const question = (id: string): Question => ({ id, text: `Question ${id}`, type: 'single', choices: [{ id: 'a', text: 'Yes' }, { id: 'b', text: 'No' }], answer: ['a'] });
const QUESTIONS = ['q1', 'q2', 'q3', 'q4'].map(question);

const ids = (questions: Question[]) => questions.map((q) => q.id);

test('without a pick a log puts every question in order; a count cuts them; shuffled draws vary and are each a draw without repeats', () => {
  assert.deepEqual(ids(pickQuestions(QUESTIONS, { randomize_question: false, question_count: null })), ['q1', 'q2', 'q3', 'q4']);
  assert.deepEqual(ids(pickQuestions(QUESTIONS, { randomize_question: false, question_count: 2 })), ['q1', 'q2']);
  assert.deepEqual(pickQuestions(QUESTIONS, { randomize_question: false, question_count: 1 })[0], QUESTIONS[0], 'drawn whole, with the answers, to be kept');
  const draws = Array.from({ length: 60 }, () => ids(pickQuestions(QUESTIONS, { randomize_question: true, question_count: 3 })));
  for (const draw of draws) {
    assert.equal(draw.length, 3);
    assert.equal(new Set(draw).size, 3);
    assert.ok(draw.every((id) => QUESTIONS.some((q) => q.id === id)));
  }
  assert.ok(new Set(draws.map((d) => d.join())).size > 1, 'the order is shuffled');
});

test("the page's shape: numbered choices as a JSON string, and each question's share of the time, which together stay within it", () => {
  const [first] = clientQuestions(QUESTIONS, 2);
  assert.deepEqual(first, { id: 'q1', type: 'single', text: 'Question q1', html_content: null, time_limit: 30, choices: '[{"id":1,"value":"Yes"},{"id":2,"value":"No"}]' });
  assert.equal(clientQuestions(Array.from({ length: 70 }, (_, i) => question(`q${i}`)), 1)[0].time_limit, 1);
});
