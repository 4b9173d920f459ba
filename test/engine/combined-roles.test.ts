import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachRole } from '../../src/engine/parse/combined-roles.ts';
import { parseResume } from '../../src/engine/parse/resume.ts';

const job = (position: string) => ({ company: 'Larkfield Foods Ltd', position, startDate: '2016-03-01', endDate: '2019-08-01', description: 'Ran the night shift' });
const roles = (position: string) => eachRole(job(position)).map((j) => j.position);

test('a title naming two or more roles gives one entry per role, joined by a slash, "&", "and" or a serial list', () => {
  assert.deepEqual(roles('Test Analyst/Test Manager'), ['Test Analyst', 'Test Manager']);
  assert.deepEqual(roles('Owner / Trainer / Consultant'), ['Owner', 'Trainer', 'Consultant']);
  assert.deepEqual(roles('CFO & Chief Administrative Officer'), ['CFO', 'Chief Administrative Officer']);
  assert.deepEqual(roles('Founder and CEO'), ['Founder', 'CEO']);
  assert.deepEqual(roles('Director of Field Sales/Regional Trainer'), ['Director of Field Sales', 'Regional Trainer']);
  assert.deepEqual(roles('Personal Trainer, Nutritionist, and Swim Coach'), ['Personal Trainer', 'Nutritionist', 'Swim Coach']);
});

test('each role keeps the company and dates; the description stays with the first', () => {
  const [first, second] = eachRole(job('Receptionist/Office Manager'));
  assert.deepEqual(first, job('Receptionist'));
  assert.deepEqual(second, { ...job('Office Manager'), description: '' });
});

test('a title stays whole when a part names no role of its own', () => {
  for (const t of [
    'Research and Development Engineer',
    'UI/UX Designer',
    'Sales and Marketing Manager',
    'Senior Training & Consulting Manager',
    'Manager, Retail Operations',
    'Owner and Manager- Two retail stores',
    'Cooks, bakers, and kitchen helpers',
    'Coordinator, Graduate Assistants',
    'Network Engineer',
    'Senior/Staff Software Engineer',
    'Jr./Sr. Accountant',
  ]) {
    assert.deepEqual(roles(t), [t], t);
  }
});

test('a parsed resume lists the roles of a combined title as jobs of the same employer and dates', () => {
  const r = parseResume('Jo Bell\nEXPERIENCE\nCamp Counselor/Activities Coordinator, Pine Hollow Camp\nJune 2015 - August 2017\n• Led hikes');
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate, w.description]),
    [
      ['Camp Counselor', 'Pine Hollow Camp', '2015-06-01', '2017-08-01', 'Led hikes'],
      ['Activities Coordinator', 'Pine Hollow Camp', '2015-06-01', '2017-08-01', ''],
    ],
  );
});
