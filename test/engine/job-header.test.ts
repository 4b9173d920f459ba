import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parts, pickRoles, plausibleCompany } from '../../src/engine/parse/job-header.ts';
import { isRegion } from '../../src/engine/parse/places.ts';
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

test('a word in brackets after a title that is a skill, a place, a shift or a cover is a remark, not the employer', () => {
  for (const line of ['Developer (Java)', 'Nurse (Night Shift)', 'Teacher (Maternity Cover)', 'Support Engineer (Tier 2)', 'Cashier (Weekends)', 'Site Manager (Chicago)']) {
    assert.deepEqual(jobs(`EXPERIENCE\n${line}\n2010 - 2012`).map((j) => j[1]), [''], line);
  }
});

test('a season word ends an employer only after a comma ("Larkspur Bakery, winter (2013)"), not inside its name', () => {
  assert.deepEqual(jobs('EXPERIENCE\nBarista, Indian Summer, 2010 - 2012\n• Made coffee'), [['Barista', 'Indian Summer', '2010-01-01']]);
});

test('a labelled employer keeps its whole name; only a unit after a dash or a town after a comma is left out', () => {
  const employer = (label: string) => jobs(`EXPERIENCE\n${label}\nPosition: Clerk\nDuration: May 2016 - April 2019`).map((j) => j[1]);
  assert.deepEqual(employer('Employer: Harwick, Lowe and Marsh LLP'), ['Harwick, Lowe and Marsh LLP']);
  assert.deepEqual(employer('Company: Smith - Jones Partnership'), ['Smith - Jones Partnership']);
  assert.deepEqual(employer('Company: Tessaline Corp - Tessaline Support Centre (Mysuru)'), ['Tessaline Corp']);
  assert.deepEqual(employer('Employer: Tessaline Analytics, Mysuru'), ['Tessaline Analytics']);
});

test('"Visiting" makes a title of academic posts only; "Visiting Nurse Association" is an employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nRegistered Nurse, Visiting Nurse Association of Harwell, 2015 - 2018'), [['Registered Nurse', 'Visiting Nurse Association of Harwell', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nVisiting Research Scholar, Harwell University, 2015 - 2016'), [['Visiting Research Scholar', 'Harwell University', '2015-01-01']]);
});

test('"EMPLOYER as a Title" is no sentence opened by a verb or an adverb ("Joined ACME as a Consultant")', () => {
  for (const line of ['Joined ACME as a Consultant', 'Later Promoted as Team Lead', 'Same Company as Senior Analyst']) {
    assert.deepEqual(jobs(`EXPERIENCE\n${line}\n2010 - 2012`).map((j) => j[1]), [''], line);
  }
});

test('a participle alone is no employer, a name ending like one ("Kindred") is', () => {
  assert.equal(plausibleCompany('Contracted'), false);
  assert.equal(plausibleCompany('Kindred'), true);
});

test('"Co." before a legal form is the firm\'s, not a county', () => {
  assert.equal(isRegion('Co. Kerry'), true);
  assert.equal(isRegion('Co. Pty'), false);
});

test('a name cut by a line wrap before the word naming its kind of organisation is joined up again', () => {
  assert.deepEqual(jobs('EXPERIENCE\nReceptionist, Elmbrook\nVeterinary Clinic, Dover, DE 2012 - 2015\n• Booked appointments'), [['Receptionist', 'Elmbrook Veterinary Clinic', '2012-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nOffice Manager\nAccounts Desk, Tollgate Freight\nServices, Dover, DE 2009 - 2012'), [['Office Manager', 'Tollgate Freight Services', '2009-01-01']]);
  // A firm's own name on the next line is no end of a team named after the title ("Senior Engineer, Platform").
  assert.deepEqual(pickRoles(['Senior Engineer, Platform', 'Brightwave Systems, Austin, TX'], 'Jane Doe').company, 'Brightwave Systems');
  // A town on the next line is no part of the name, nor is a skill or a label's value ending the line above.
  assert.deepEqual(jobs('EXPERIENCE\nCashier, Harbor Grill\nMillbrook, IL 2012 - 2015'), [['Cashier', 'Harbor Grill', '2012-01-01']]);
  assert.deepEqual(pickRoles(['Skills: Java, SQL', 'Larkfield Inc'], 'Jane Doe').company, 'Larkfield Inc');
  assert.deepEqual(pickRoles(['Environment: Windows, Harbor', 'Larkfield Inc'], 'Jane Doe').company, 'Larkfield Inc');
});

test('a unit named after the people it serves ("Harbor Developer Program") may be the employer, though it holds a title word', () => {
  assert.deepEqual(jobs('EXPERIENCE\nDeveloper Support Lead,\nHarbor Developer Program\n2008 - 2012'), [['Developer Support Lead', 'Harbor Developer Program', '2008-01-01']]);
  assert.equal(plausibleCompany('Student Health Office'), true);
  assert.equal(plausibleCompany('Head of Department'), false);
});

test('a dated line telling what one did ("travelling in ...", "Co-Authored ...") heads no job', () => {
  const bank = ['Teller', 'Harbor Savings Bank', '2010-01-01'];
  const institute = ['Research Assistant', 'Elmside Institute', '2013-01-01'];
  assert.deepEqual(jobs('EXPERIENCE\nTeller, Harbor Savings Bank, 2010 - 2012\n1996 - 1997: travelling in Asia and working on farms\nResearch Assistant, Elmside Institute, 2013 - 2014'), [bank, institute]);
  assert.deepEqual(jobs('EXPERIENCE\nTeller, Harbor Savings Bank, 2010 - 2012\n• Balanced the vault\n2012: Co-Authored Elmside Teachers Final Report (with Dana Whitfield).\n2013 - 2014: Research Assistant, Elmside Institute'), [bank, institute]);
});

test('a long "Title, Organisation." line closed by a full stop heads the job dated above it', () => {
  assert.deepEqual(
    jobs('EXPERIENCE\n2015 - present\nSenior Engineer, Tillwave Systems.\nBuilt the billing service.\n2009 - 2013\nSystems Designer & Lead Firmware Developer, Harbor Robotics Lab.\nLed the testing of the firmware releases for the lab, working with partners and vendors.'),
    [
      ['Senior Engineer', 'Tillwave Systems', '2015-01-01'],
      ['Systems Designer', 'Harbor Robotics Lab', '2009-01-01'],
      ['Lead Firmware Developer', 'Harbor Robotics Lab', '2009-01-01'],
    ],
  );
});

test('a dash run on to a title word ("Analyst- ...") opens a remark on the title, kept apart only when it names an organisation', () => {
  assert.deepEqual(pickRoles(['Harbor Mutual Ltd', 'Data Analyst- Claims Reporting'], ''), { position: 'Data Analyst', company: 'Harbor Mutual Ltd' });
  assert.deepEqual(pickRoles(['Store Owner and Manager- Two corner shops'], ''), { position: 'Store Owner and Manager', company: '' });
  assert.deepEqual(pickRoles(['Park Ranger- Elmside County Parks Department'], ''), { position: 'Park Ranger', company: 'Elmside County Parks Department' });
});

test('a skill right after a title on its line names the field of the title, not the employer; a brand in one word may be the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nIntegration Developer - Web Services (2014 - 2018)'), [['Integration Developer', '', '2014-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nRelease Manager, QA\nLarkfield\nMarch 2011 - May 2013\nShipped the releases of the billing product every month.'), [['Release Manager', 'Larkfield', '2011-03-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nStaff Engineer, Salesforce\n2015 - 2019'), [['Staff Engineer', 'Salesforce', '2015-01-01']]);
});

test('a span of years before 1950 left in a header line is no part of the employer\'s name', () => {
  assert.deepEqual(jobs('EXPERIENCE\nHarwell University 1927 - 1931.'), [['', 'Harwell University', '']]);
  assert.deepEqual(parts('Professor of Botany, Harwell University, 1938-1949'), ['Professor of Botany', 'Harwell University']);
});

test('", a" after an organisation opens a remark on it ("Harbor Group, an Orbit subsidiary")', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSenior Developer, Harbor Group, an Orbit subsidiary, 2004 - 2008'), [['Senior Developer', 'Harbor Group', '2004-01-01']]);
});

test('a dash run on to a name parts it from what follows, as a spaced dash does', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSwimming instructor at Larkspur Leisure Centre- Amman since 2016.'), [['Swimming instructor', 'Larkspur Leisure Centre', '2016-01-01']]);
  assert.deepEqual(parts('Larkspur Rowing Club- Vice President'), ['Larkspur Rowing Club', 'Vice President']);
  // A name written with a hyphen and a space stays whole.
  for (const name of ['Rolls- Royce plc', 'Harley- Davidson', 'Hewlett- Packard Enterprise']) assert.deepEqual(parts(name), [name]);
  assert.deepEqual(jobs('EXPERIENCE\nMechanical Engineer at Rolls- Royce\n2015 - 2019'), [['Mechanical Engineer', 'Rolls- Royce', '2015-01-01']]);
});

test('"Years:" or "Years of service:" labelling a date line is no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nNight Auditor\nYears: 2015 to 2019\nBalanced the ledgers'), [['Night Auditor', '', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nPosition: Night Auditor\nOrganization: Confidential\nYears of service: 2015 - 2019'), [['Night Auditor', '', '2015-01-01']]);
});

test('an employer given as withheld ("Organisation: Not disclosed", "N/A") names no one', () => {
  assert.deepEqual(jobs('EXPERIENCE\n- Surveyor, Organisation: Not disclosed, From: 2012 To: 2016'), [['Surveyor', '', '2012-01-01']]);
  assert.equal(plausibleCompany('N/A'), false);
  // On a labelled line of its own too, while a labelled firm named with a title word stands.
  assert.deepEqual(jobs('EXPERIENCE\nCompany: Not disclosed\nRole: Analyst\n2015 - 2019'), [['Analyst', '', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nEmployer: Confidential\nTitle: Analyst\n2015 - 2019'), [['Analyst', '', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nCompany: Harbor Printers\nRole: Analyst\n2015 - 2019'), [['Analyst', 'Harbor Printers', '2015-01-01']]);
});

test('a client named in a header ("Fortune 500 Client") is whom the work was for, not the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nTest Engineer (Major Retail Client) (2012 - 2013)'), [['Test Engineer', '', '2012-01-01']]);
});

test('"for" or "in" just before the dates links them to the header and names nothing', () => {
  assert.deepEqual(jobs('EXPERIENCE\nNight Porter (Weekend Team) FOR 2019 - 2022.'), [['Night Porter', '', '2019-01-01']]);
});

test('"Pattern Maker", "AVP" and "Caseworker" head titles, so the organisation beside them is the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\n1984 - 1985\nCaseworker, Larkfield Family Trust, Dover, Delaware'), [['Caseworker', 'Larkfield Family Trust', '1984-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\n- Pattern Maker at Larkfield Castings (2015 - 2020)'), [['Pattern Maker', 'Larkfield Castings', '2015-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nAVP, Harbor Savings Bank, 2009 - 2014'), [['AVP', 'Harbor Savings Bank', '2009-01-01']]);
});

test('square brackets part a header as round ones do ("Glazier [Harbor Glass]")', () => {
  assert.deepEqual(jobs('EXPERIENCE\n* Bicycle Mechanic [Larkfield Cycles] (2011 - 2014)'), [['Bicycle Mechanic', 'Larkfield Cycles', '2011-01-01']]);
});

test('a title opened by a dot (".NET Developer") is written as a name is', () => {
  assert.deepEqual(pickRoles(['.NET Developer, Harbor Soft'], ''), { position: '.NET Developer', company: 'Harbor Soft' });
});

test('"at <employer> as <title>" after the dates names both, the employer first', () => {
  assert.deepEqual(jobs('EXPERIENCE\n- 2011 - 2014 at Orbit.io as a Field Technician. Fixed routers on site.'), [['Field Technician', 'Orbit.io', '2011-01-01']]);
});

test('"Occupation:" labels a title', () => {
  const text = 'EXPERIENCE\nOccupation: Ferry Deckhand (2018 - 2022)\nMoored the ferry and guided the cars on board at both piers.';
  assert.deepEqual(jobs(text), [['Ferry Deckhand', '', '2018-01-01']]);
});

test('the terms of a contract or a job advert\'s code left in a header ("Locals preferred", "Security Clearance", "Req ID: ABC1234") name no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\n- Network Engineer - Security Clearance (2012 - 2015)'), [['Network Engineer', '', '2012-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\n- Data Engineer - Req ID: QX20417 (2016 - 2019)'), [['Data Engineer', '', '2016-01-01']]);
  assert.equal(plausibleCompany('Locals preferred'), false);
  assert.equal(plausibleCompany('Phone Interviews'), false);
});

test('after a title, a name ending in "City" before a state is the town ("Elm City, NJ"), not the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\n- Payroll Clerk - Elm City, NJ (2009 - 2012)'), [['Payroll Clerk', '', '2009-01-01']]);
});
