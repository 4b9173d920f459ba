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
