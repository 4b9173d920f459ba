import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobs } from './fixtures.ts';

test('a labelled employer is the firm, without the unit or town written after it', () => {
  const text = 'WORK EXPERIENCE\nOrganisation: Tessaline Foods - Tessaline Dairy Plant (Nashik)\nPosition: Shift Chemist\nDuration: March 2012 - June 2016';
  assert.deepEqual(jobs(text), [['Shift Chemist', 'Tessaline Foods', '2012-03-01', '2016-06-01']]);
});

test('an employer label may number the employer, say it was a past one or that it is its name', () => {
  for (const label of ['Company 2', 'Previous Employer', 'Employer Name', 'Name of the Organisation']) {
    const text = `WORK EXPERIENCE\n${label}: Tessaline Analytics, Mysuru\nDesignation: Test Engineer\nDuration: March 2010 - June 2012`;
    assert.deepEqual(jobs(text), [['Test Engineer', 'Tessaline Analytics', '2010-03-01', '2012-06-01']], label);
  }
});

test('"Co." before a capitalised name after a comma is an Irish county, not the legal form of the name before it', () => {
  const text = 'EMPLOYMENT\n2001 - 2002\nBrookfield Stores, Mallow, Co. Kerry\n• Ran the deli counter and the morning delivery\n2002 - 2004\nGreenleaf Bakery, Co. Kerry\n• Baked bread';
  assert.deepEqual(jobs(text), [
    ['', 'Brookfield Stores', '2001-01-01', '2002-01-01'],
    ['', 'Greenleaf Bakery', '2002-01-01', '2004-01-01'],
  ]);
  // A legal form after the comma still belongs to the name: "Harwick, Co. Ltd".
  assert.deepEqual(jobs('EMPLOYMENT\n2001 - 2002\nHarwick Trading, Co. Ltd\n• Kept the books'), [['', 'Harwick Trading, Co. Ltd', '2001-01-01', '2002-01-01']]);
});
