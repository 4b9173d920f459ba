import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kindOf, meetsExpected, readAnswer } from '../../src/criteria/answer-kinds.ts';

describe('answer kinds', () => {
  test('the names clients give a kind', () => {
    assert.deepEqual(
      ['Yes / No', 'boolean', 'multiple-choice', 'Radio', 'Number', 'textarea', 'essay'].map(kindOf),
      ['yes_no', 'yes_no', 'multiple_choice', 'single_choice', 'number', 'text', undefined],
    );
  });

  test('answers are read by kind; choices take the spelling of the option', () => {
    const options = ['Remote', 'On site'];
    assert.deepEqual(readAnswer('yes_no', [], 'YES'), { value: true });
    assert.deepEqual(readAnswer('yes_no', [], false), { value: false });
    assert.ok('error' in readAnswer('yes_no', [], 'maybe'));
    assert.deepEqual(readAnswer('number', [], ' 4.5 '), { value: 4.5 });
    assert.ok('error' in readAnswer('number', [], ''));
    assert.ok('error' in readAnswer('number', [], 'three'));
    assert.deepEqual(readAnswer('single_choice', options, 'on SITE'), { value: 'On site' });
    assert.ok('error' in readAnswer('single_choice', options, 'Hybrid'));
    assert.deepEqual(readAnswer('multiple_choice', options, ['remote', 'On site', 'Remote']), { value: ['Remote', 'On site'] });
    assert.deepEqual(readAnswer('multiple_choice', options, 'Remote'), { value: ['Remote'] });
    assert.ok('error' in readAnswer('multiple_choice', options, ['Remote', 'Mars']));
    assert.ok('error' in readAnswer('text', [], { nested: true }));
  });

  test('an expected answer: a minimum for numbers, every option for several choices, nothing when none is set', () => {
    assert.equal(meetsExpected('number', 3, 5), true);
    assert.equal(meetsExpected('number', 3, 2), false);
    assert.equal(meetsExpected('yes_no', true, false), false);
    assert.equal(meetsExpected('multiple_choice', ['Remote'], ['On site', 'Remote']), true);
    assert.equal(meetsExpected('multiple_choice', ['Remote', 'On site'], ['Remote']), false);
    assert.equal(meetsExpected('text', 'Full Time', ' full time'), true);
    assert.equal(meetsExpected('single_choice', null, 'Remote'), null);
  });
});
