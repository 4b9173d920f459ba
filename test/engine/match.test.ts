import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume, understandJob } from '../../src/engine/index.ts';
import { parseRequirement } from '../../src/engine/score/requirements.ts';
import { scoreSkills } from '../../src/engine/score/skills.ts';

const JOB = understandJob({
  description: `Job Title:
Systems Engineer

Required Skills:
- Strong PowerShell skills for automating server tasks
- Working knowledge of SQL for reporting`,
});

function coverage(resume: string): number {
  return scoreSkills(parseResume(resume), JOB).coverage;
}

test('a requirement that names a known skill is met by that skill, whatever words surround it', () => {
  const named = coverage('Skills\nPowerShell, SQL');
  const wordy = coverage('Skills\nAutomating server tasks, reporting');
  assert.ok(named > wordy, `${named} > ${wordy}`);
});

test('a skill inside a longer known name counts ("Microsoft SQL Server" shows SQL)', () => {
  const withServer = coverage('Skills\nPowerShell, Microsoft SQL Server');
  const without = coverage('Skills\nPowerShell, Tableau');
  assert.ok(withServer > without, `${withServer} > ${without}`);
});

test('a role with a dotted name (".Net") is read whole from a requirement', () => {
  assert.deepEqual(parseRequirement("- At least 3 years' experience as a Senior .Net Architect"), { title: 'Senior .Net Architect', months: 36 });
});

test('dates alone on a line, each followed by its title, give one job per date', () => {
  const r = parseResume(`Experience:
2016 - 2020:  Senior .Net Architect
2012 - 2016:  Web Application Developer`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Senior .Net Architect', '2016-01-01', '2020-01-01'],
      ['Web Application Developer', '2012-01-01', '2016-01-01'],
    ],
  );
});

test('requirements: a curly apostrophe after years, "prior service with X for a minimum of one year", a lead-in line', () => {
  assert.deepEqual(parseRequirement('- Minimum of 2 years’ experience in Risk Modelling in Ohio'), { title: 'Risk Modelling in Ohio', months: 24 });
  assert.deepEqual(parseRequirement('1. Prior service with Freight Dispatch for a minimum of one year.'), { title: 'Freight Dispatch', months: 12 });
  const job = understandJob({ description: 'Required Experience:\n- Applicants should bring:\n- 2 years as a Records Keeper' });
  assert.deepEqual(
    job.roles.map((r) => r.title),
    ['Records Keeper'],
  );
});

test('requirements: "a year", "5 consistent years", "the position of X for" and a role cut before what describes it', () => {
  assert.deepEqual(parseRequirement('- At least a year as a Line Cook'), { title: 'Line Cook', months: 12 });
  assert.deepEqual(parseRequirement('5 consecutive years as Payroll Officer'), { title: 'Payroll Officer', months: 60 });
  assert.deepEqual(parseRequirement('Held the position of Shift Supervisor for a period of at least two years.'), { title: 'Shift Supervisor', months: 24 });
  assert.deepEqual(parseRequirement('3 years as a Carpenter which requires steady hands'), { title: 'Carpenter', months: 36 });
  assert.deepEqual(parseRequirement('4 years as a Data Engineer, specialized in streaming pipelines'), { title: 'Data Engineer', months: 48 });
  assert.deepEqual(parseRequirement('2 years as a Java Developer in the Leeds office'), { title: 'Java Developer', months: 24 });
  assert.equal(parseRequirement('Fluent in Java; yearly travel'), null);
});

test('a job within one year, its year leading the line, is an entry of that year', () => {
  const r = parseResume(`Experience
1. 2019 - Billing Clerk: checked invoices for a clinic.
2. 2015 - 2018, Dental Assistant: prepared patients and tools.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Billing Clerk', '2019-01-01', '2019-12-01'],
      ['Dental Assistant', '2015-01-01', '2018-01-01'],
    ],
  );
});
