import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume, understandJob } from '../../src/engine/index.ts';
import { parseRequirement } from '../../src/engine/score/requirements.ts';
import { scoreSkills } from '../../src/engine/score/skills.ts';

const JOB = understandJob({
  description: `Job Title:
Systems Engineer

Required Skills:
- Proficiency in PowerShell for scripting & automation
- Working knowledge of SQL for reporting`,
});

function coverage(resume: string): number {
  return scoreSkills(parseResume(resume), JOB).coverage;
}

test('a requirement that names a known skill is met by that skill, whatever words surround it', () => {
  const named = coverage('Skills\nPowerShell, SQL');
  const wordy = coverage('Skills\nScripting and task automation, reporting');
  assert.ok(named > wordy, `${named} > ${wordy}`);
});

test('a skill inside a longer known name counts ("Microsoft SQL Server" shows SQL)', () => {
  const withServer = coverage('Skills\nPowerShell, Microsoft SQL Server');
  const without = coverage('Skills\nPowerShell, Tableau');
  assert.ok(withServer > without, `${withServer} > ${without}`);
});

test('a role with a dotted name (".Net") is read whole from a requirement', () => {
  assert.deepEqual(parseRequirement("- At least 4 years' experience as a Sr .Net Developer"), { title: 'Sr .Net Developer', months: 48 });
});

test('dates alone on a line, each followed by its title, give one job per date', () => {
  const r = parseResume(`Experience:
2015 - 2019:  Senior .Net Developer
2012 - 2015:  Front-end Web Developer`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Senior .Net Developer', '2015-01-01', '2019-01-01'],
      ['Front-end Web Developer', '2012-01-01', '2015-01-01'],
    ],
  );
});

test('requirements: a curly apostrophe after years, "prior service with X for a minimum of one year", a lead-in line', () => {
  assert.deepEqual(parseRequirement('- Minimum of 3 years’ experience in Data Analytics in New Jersey'), { title: 'Data Analytics in New Jersey', months: 36 });
  assert.deepEqual(parseRequirement('1. Prior service with Claims Processing for a minimum of one year.'), { title: 'Claims Processing', months: 12 });
  const job = understandJob({ description: 'Required Experience:\n- Candidates should have at least:\n- 2 years as a File Clerk' });
  assert.deepEqual(
    job.roles.map((r) => r.title),
    ['File Clerk'],
  );
});

test('a job within one year, its year leading the line, is an entry of that year', () => {
  const r = parseResume(`Experience
1. 2018 - Claims Processing Clerk: processed claim documents for clients.
2. 2014 - 2017, Speech-Language Pathologist: provided therapy.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Claims Processing Clerk', '2018-01-01', '2018-12-01'],
      ['Speech-Language Pathologist', '2014-01-01', '2017-01-01'],
    ],
  );
});
