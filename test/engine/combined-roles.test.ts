import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachRole, eachRoleOf } from '../../src/engine/parse/combined-roles.ts';
import { parseResume } from '../../src/engine/parse/resume.ts';

const job = (position: string) => ({ company: 'Larkfield Foods Ltd', position, startDate: '2016-03-01', endDate: '2019-08-01', description: 'Ran the night shift' });
const roles = (position: string) => eachRole(job(position)).map((j) => j.position);

test('a title naming two or more roles gives one entry per role, joined by a slash, "&", "and" or a serial list', () => {
  assert.deepEqual(roles('QA Analyst/QA Manager'), ['QA Analyst', 'QA Manager']);
  assert.deepEqual(roles('Owner / Trainer / Consultant'), ['Owner', 'Trainer', 'Consultant']);
  assert.deepEqual(roles('CFO & Chief Administrative Officer'), ['CFO', 'Chief Administrative Officer']);
  assert.deepEqual(roles('Founder and CEO'), ['Founder', 'CEO']);
  assert.deepEqual(roles('Director of Field Sales/Regional Trainer'), ['Director of Field Sales', 'Regional Trainer']);
  assert.deepEqual(roles('Fitness Instructor, Dietitian, and Swim Coach'), ['Fitness Instructor', 'Dietitian', 'Swim Coach']);
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
    'Owner and Manager- Three gift shops',
    'Executive Assistant to the President and CEO',
    'Secretary to the Chairman and Managing Director',
    'Assistant/Associate Professor of Chemistry',
    'Lead/Principal Engineer',
    'Trainee/Junior Analyst',
    'Engineering and Operations Manager',
    'Support and Maintenance Engineer',
    'Director of Sales and Support',
    'Head of Quality and Engineering',
    'Owner/Operator',
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

test('a role split off that another job lists with the same dates is left to that job and its description', () => {
  const key = (w: { position: string; startDate: string }) => `${w.position}|${w.startDate}`;
  const ceo = { ...job('CEO'), description: 'Raised the first round' };
  assert.deepEqual(eachRoleOf([job('Founder and CEO'), ceo], key), [job('Founder'), ceo]);
});

test('a role told in prose that a combined title already names adds no job', () => {
  const r = parseResume('Jo Bell\nEXPERIENCE\nFounder and CEO, Harbor Toys Inc.\n2015 - 2020\n• Worked as CEO on the first retail launch.');
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate]), [
    ['Founder', 'Harbor Toys Inc', '2015-01-01'],
    ['CEO', 'Harbor Toys Inc', '2015-01-01'],
  ]);
});

test('a dated title line listing roles of several words with a closing "and" keeps every role, the first included', () => {
  const text = 'EXPERIENCE\nKestrel Aquatics, Dover, DE\nSwim Instructor, Lifeguard, and Head Diving Coach, May 2012 - Present\nPlanned the lessons for the junior squads.';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company]);
  assert.deepEqual(jobs, [
    ['Swim Instructor', 'Kestrel Aquatics'],
    ['Lifeguard', 'Kestrel Aquatics'],
    ['Head Diving Coach', 'Kestrel Aquatics'],
  ]);
});
