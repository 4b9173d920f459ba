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

test('a post opened by "Visiting" ("Visiting PhD Student") is the title, so the institution beside it is the employer', () => {
  const text = 'EXPERIENCE\n09/2014 - 02/2015\nVisiting PhD Student\nHarwell University, Leeds (United Kingdom)\nCourses attended: Maritime Law, Law of the Sea';
  assert.deepEqual(jobs(text), [['Visiting PhD Student', 'Harwell University', '2014-09-01', '2015-02-01']]);
});

test('a title headed before "of" ("Professor of Geology") outweighs a rank in brackets after it', () => {
  const text = 'EXPERIENCE\nProfessor of Geology (Assistant, Associate), Harwell University, since 2004\nTeaches field mapping';
  assert.deepEqual(jobs(text)[0].slice(0, 2), ['Professor of Geology', 'Harwell University']);
});

test('"Dept." beside its university is the unit one worked for, as "Department" is', () => {
  const text = 'EXPERIENCE\nSystems Analyst\n4/2011 - 8/2011 Harwell University College of Adult Studies, IT Dept., Dover, DE\nBuilt web forms for course sign-up';
  assert.deepEqual(jobs(text), [['Systems Analyst', 'IT Dept', '2011-04-01', '2011-08-01']]);
});

test('an employer line with its place, a dash and what the firm does ("..., Dover, DE - Public relations agency for ...") heads the job', () => {
  const text = 'EXPERIENCE\nHARBOR ASSOCIATES, Dover, DE - Public relations agency for local retailers and restaurants\nSocial Media Manager, 2011 to Present\nRan the social media accounts of eight clients';
  assert.deepEqual(jobs(text), [['Social Media Manager', 'HARBOR ASSOCIATES', '2011-01-01', 'Present']]);
});

test('"EMPLOYER as a Title" names the employer before "as" ("HARWELL as a Consultant")', () => {
  const text = 'EXPERIENCE\nHARWELL as a Consultant\nNetwork Security - May 2014 to Present\nRan system refreshes and upgrades';
  assert.deepEqual(jobs(text), [['Consultant', 'HARWELL', '2014-05-01', 'Present']]);
  // "Serving as a ..." tells how, not where: no employer.
  assert.deepEqual(jobs('EXPERIENCE\nServing as a Tyre Fitter\n2001 - 2006'), [['Tyre Fitter', '', '2001-01-01', '2006-01-01']]);
});

test('summer jobs listed as "Employer, summer (2007)" above their town are jobs of that year at that employer', () => {
  const text = 'EXPERIENCE\nHarbor Grill Restaurant (2008)\nDover, DE\nGallimore, summer (2007)\nDover, DE\nPinecrest Hardware, summer (2006)\nDover, DE';
  assert.deepEqual(jobs(text), [
    ['', 'Harbor Grill Restaurant', '2008-01-01', '2008-12-01'],
    ['', 'Gallimore', '2007-01-01', '2007-12-01'],
    ['', 'Pinecrest Hardware', '2006-01-01', '2006-12-01'],
  ]);
});
