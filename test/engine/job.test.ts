import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understandJob } from '../../src/engine/index.ts';
import { parseRequirement } from '../../src/engine/score/requirements.ts';

const JD = `## Job title
Junior Systems Admin/Engineer

## Job Summary
We are seeking a Junior Systems Admin to keep our servers and network healthy.

## Required Skills
1. Customer Service: Experience in helping clients with technical issues.
2. Networking: TCP/IP networking skills.
3. VMware

## Required Experience
1. Has spent at least 4 years working as a Junior Systems Admin/Engineer.
2. Has previous experience as an SOC Security Analyst for 5 years.
3. Minimum 2 years of experience as a Help Desk Technician
4. Bachelor's degree in Computer Science

## Responsibilities
1. Running regular system checkups and troubleshooting.`;

test('requirement lines give a role and months', () => {
  assert.deepEqual(parseRequirement('At least 3 years as a Baker in a bakery'), { title: 'Baker', months: 36 });
  assert.deepEqual(parseRequirement('Has previous experience as an SOC Security Analyst for 5 years.'), { title: 'SOC Security Analyst', months: 60 });
  assert.deepEqual(parseRequirement('Minimum 2 years of experience as a Help Desk Technician'), { title: 'Help Desk Technician', months: 24 });
  assert.deepEqual(parseRequirement('Six months experience in retail sales'), { title: 'retail sales', months: 6 });
  assert.deepEqual(parseRequirement('5+ years in software development'), { title: 'software development', months: 60 });
  assert.equal(parseRequirement('Experience with Kubernetes'), null);
});

test('a markdown job description becomes jd_json, roles and levels', () => {
  const job = understandJob({ description: JD });
  assert.equal(job.title, 'Junior Systems Admin/Engineer');
  assert.deepEqual(job.jd_json.Skills, ['Customer Service', 'Networking', 'VMware']);
  assert.deepEqual(job.roles, [
    { title: 'Junior Systems Admin/Engineer', months: 48 },
    { title: 'SOC Security Analyst', months: 60 },
    { title: 'Help Desk Technician', months: 24 },
  ]);
  assert.equal(job.minExperienceMonths, 60);
  assert.equal(job.educationLevel, 3);
  assert.deepEqual(job.jd_json.Projects, ['Running regular system checkups and troubleshooting.']);
});

test('must-have skills weigh more, given jd_json is used as is, jd_html is read', () => {
  const job = understandJob({
    title: 'Tester',
    jd_html: '<h2>Requirements</h2><ul><li>Selenium</li><li>SQL</li></ul>',
    must_have_skills: [{ label: 'Testing', value: 'Software Testing' }],
    min_experience: 1,
  });
  assert.deepEqual(
    job.skills.map((s) => [s.name, s.weight]),
    [
      ['Software Testing', 2],
      ['Selenium', 1],
      ['SQL', 1],
    ],
  );
  assert.equal(job.minExperienceMonths, 12);
  const given = understandJob({ jd_json: { Skills: ['Go'], 'Work Experience': ['3 years as Backend Developer'] } });
  assert.deepEqual(given.jd_json.Skills, ['Go']);
  assert.deepEqual(given.roles, [{ title: 'Backend Developer', months: 36 }]);
});

test('a plain description without headings still yields known skills', () => {
  const job = understandJob({ title: 'Web Developer', description: 'We build React apps with TypeScript and Node.js on AWS.' });
  assert.deepEqual(job.jd_json.Skills, ['React', 'TypeScript', 'Node.js', 'AWS']);
});

test('a colon followed by a comma list names several skills', () => {
  const job = understandJob({
    description: '## Required Skills\nThe accepted candidate should have the following core skills: Confidentiality, Basic IT Skills, Initiative\n',
  });
  assert.deepEqual(job.jd_json.Skills, ['Confidentiality', 'Basic IT Skills', 'Initiative']);
});

test('a line asking for several roles gives each its months', () => {
  const job = understandJob({
    description: '## Required Experience\nCandidates should have a minimum of 1 year as a E-Commerce Application Admin, 5 years as a Technical Support Specialist, and 4 years as a JDA Developer.',
  });
  assert.deepEqual(job.roles, [
    { title: 'E-Commerce Application Admin', months: 12 },
    { title: 'Technical Support Specialist', months: 60 },
    { title: 'JDA Developer', months: 48 },
  ]);
});

test("jd_html's entities stand for their characters, escaped once or twice", () => {
  const job = understandJob({ title: 'Developer', jd_html: '<h2>Requirements</h2><ul><li>C&#43;&#43;</li><li>Node&amp;#46;js</li></ul>' });
  assert.deepEqual(job.skills.map((s) => s.name), ['C++', 'Node.js']);
});
