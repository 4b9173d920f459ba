import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';

const jobs = (text: string) => parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);

test('a firm named after a person with a middle initial ("Daniel R. Whitlow, PA") is an employer, not a town and its state', () => {
  const text = 'EXPERIENCE\nHarwick & Lowe, PA\nDover, Delaware\nParalegal (2004 - 2008)\nDaniel R. Whitlow, PA\nMilford, Delaware\nLegal Secretary (2000 - 2004)';
  assert.deepEqual(jobs(text), [
    ['Paralegal', 'Harwick & Lowe', '2004-01-01', '2008-01-01'],
    ['Legal Secretary', 'Daniel R. Whitlow', '2000-01-01', '2004-01-01'],
  ]);
});
