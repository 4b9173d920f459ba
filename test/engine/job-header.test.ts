import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parts, plausibleCompany } from '../../src/engine/parse/job-header.ts';
import { parseResume } from '../../src/engine/parse/resume.ts';

const jobs = (text: string) => parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate]);

test('a bare name in brackets after a title is the employer; a remark on how the title was held is not', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSoftware Engineer (Brightwave)\n2015 - 2019\n• Built the billing service'), [['Software Engineer', 'Brightwave', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nPayroll Analyst (Contract)\n2010 - 2012'), [['Payroll Analyst', '', '2010-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nNight Auditor (part time)\n2010 - 2012'), [['Night Auditor', '', '2010-01-01']]);
});

test('a legal form right after a title word is part of the title ("Lead PLC Engineer"), not the end of an employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nLead PLC Engineer, Harbor Automation\n2010 - 2012'), [['Lead PLC Engineer', 'Harbor Automation', '2010-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nSenior PLC Programmer\nHarbor Automation\n2010 - 2012'), [['Senior PLC Programmer', 'Harbor Automation', '2010-01-01']]);
  assert.deepEqual(parts('Harbor Systems Limited Senior Systems Engineer'), ['Harbor Systems Limited', 'Senior Systems Engineer']);
});

test('a committee seat among the header lines of a job leaves the job; a seat dated on its own line is no job', () => {
  assert.deepEqual(jobs('EXPERIENCE\nProfessor of History, Harwell University\nMember, Faculty Senate Committee\n2010 - 2019'), [['Professor of History', 'Harwell University', '2010-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nLecturer, Harwell University, 2004 - 2010\nMember, Library Planning Committee, Harwell University, 2006 - 2008'), [['Lecturer', 'Harwell University', '2004-01-01']]);
});

test('a name opened by "Other" or closed by "Fellowship" may be an employer; a heading of other posts or a research fellowship is not', () => {
  assert.equal(plausibleCompany('Other Planet Computing'), true);
  assert.equal(plausibleCompany('Riverside Christian Fellowship'), true);
  assert.equal(plausibleCompany('Other Positions Held'), false);
  assert.equal(plausibleCompany('Graduate Research Fellowship'), false);
  assert.equal(plausibleCompany('Early Career Fellowship'), false);
});
