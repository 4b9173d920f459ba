import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';

const INDEED_STYLE = `Meda Cronin
Associate Software Engineer - Acme Software Pvt Ltd

Bengaluru, Karnataka - Email me on Indeed: meda.c@example.com

WORK EXPERIENCE

Associate Software Engineer

Acme Software Pvt Ltd - Bengaluru, Karnataka -

September 2017 to Present

Perform automation through python and batch scripting.

Java Intern

Globex Technologies - Mysore, Karnataka -

June 2015 to November 2015

EDUCATION

B.E. in Electronics

North Maharashtra University

2017

SKILLS

C++ (Less than 1 year), Python, Java, Eclipse`;

const FLAT = `"Jacinto Erdman  W. Clybourn St., Milwaukee, Wisconsin  Phone: 123-345-7890  jerdman@example.com  Objective  To be part of a team of Vehicle Technicians  WORK EXPERIENCE  Santa Monica Garage Service Center  Los Angeles, CA | Mar 2011  Present  Vehicle Technician  \\xe2\\x80\\xa2 Test drive repaired vehicles  EDUCATION  Bachelor of Science in Mechanical Engineering, May 2008  Illinois State University, Normal, Illinois  GPA 3.6/4.0"`;

const MARKDOWN = `## Personal Information
Name: Azaria Watson
Email: azaria_watson@example.com

## Education
Bachelor's degree in Computer Engineering

## Skills
1. Customer Service
2. VMware

## Experience
1. Junior Systems Admin/Engineer (2019 - 2023)
2. Worked as a Survey Researcher between 2013 and 2016`;

test('an Indeed-style resume', () => {
  const r = parseResume(INDEED_STYLE);
  assert.equal(r.name, 'Meda Cronin');
  assert.deepEqual(r.emails, ['meda.c@example.com']);
  assert.deepEqual(r.addresses, { city: 'Bengaluru', state: 'Karnataka' });
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]),
    [
      ['Associate Software Engineer', 'Acme Software Pvt Ltd', '2017-09-01', 'Present'],
      ['Java Intern', 'Globex Technologies', '2015-06-01', '2015-11-01'],
    ],
  );
  assert.match(r.workExperience[0].description, /automation through python/);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate]),
    [['B.E. in Electronics', 'North Maharashtra University', '2017-01-01']],
  );
  assert.deepEqual(
    r.skills.slice(0, 4).map((s) => s.name),
    ['C++', 'Python', 'Java', 'Eclipse'],
  );
});

test('a resume flattened onto one line, with byte escapes', () => {
  const r = parseResume(FLAT);
  assert.equal(r.name, 'Jacinto Erdman');
  assert.deepEqual(r.phoneNumbers, ['123-345-7890']);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]),
    [['Vehicle Technician', 'Santa Monica Garage Service Center', '2011-03-01', 'Present']],
  );
  assert.equal(r.workExperience[0].description, 'Test drive repaired vehicles');
  const e = r.education[0];
  assert.deepEqual([e.degree, e.school, e.endDate, e.cgpa], ['Bachelor of Science in Mechanical Engineering', 'Illinois State University', '2008-05-01', 3.6]);
});

test('a markdown resume with labelled fields and numbered lists', () => {
  const r = parseResume(MARKDOWN);
  assert.equal(r.name, 'Azaria Watson');
  assert.deepEqual(r.skills.map((s) => s.name), ['Customer Service', 'VMware']);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Junior Systems Admin', '2019-01-01', '2023-01-01'],
      ['Engineer', '2019-01-01', '2023-01-01'],
      ['Survey Researcher', '2013-01-01', '2016-01-01'],
    ],
  );
  assert.equal(r.education[0].degree, "Bachelor's degree in Computer Engineering");
});

test('projects and certifications sections', () => {
  const r = parseResume('Jane Roe\nPROJECTS\nShortlist ATS\n• Built a resume parser in TypeScript\nCERTIFICATIONS\n• AWS Certified Solutions Architect\n• PMP');
  assert.deepEqual(r.projects, [{ name: 'Shortlist ATS', description: 'Built a resume parser in TypeScript' }]);
  assert.deepEqual(r.certifications.map((c) => c.name), ['AWS Certified Solutions Architect', 'PMP']);
});

test('empty and junk input give an empty resume', () => {
  const r = parseResume('');
  assert.equal(r.name, '');
  assert.deepEqual([r.skills, r.workExperience, r.education], [[], [], []]);
});

test('work lines that put the years or the title in a sentence', () => {
  const r = parseResume(
    '## Experience\n* 5 years as a Survey Researcher (2010 - 2015).\n* 1 year of experience (2022 - 2023) as a Compliance Analyst in Acme where I kept records.\n* From: 2017 To: 2020, Designer, Organization: Lux Designs',
  );
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.startDate, w.endDate]),
    [
      ['Survey Researcher', '2010-01-01', '2015-01-01'],
      ['Compliance Analyst in Acme', '2022-01-01', '2023-01-01'],
      ['Designer', '2017-01-01', '2020-01-01'],
    ],
  );
});

test('education: the field after a bare degree, the school cut out of a phrase, school level only when nothing higher', () => {
  const r = parseResume(
    'EDUCATION\nM.Ed., Educational Management and Supervision, 2010\nTowson State University\nB.E University of Madras in 2005 with an aggregate of 62%\nHigher Secondary, St. Mary High School, 2001',
  );
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate.slice(0, 4)]),
    [
      ['M.Ed., Educational Management and Supervision', 'Towson State University', '2010'],
      ['B.E', 'University of Madras', '2005'],
    ],
  );
  assert.equal(r.education[1].percent, 62);
});

test('an experience heading that holds no job (a column laid out apart) does not hide the dated jobs under the summary', () => {
  const r = parseResume(`Dana Cole
SUMMARY
Night shift lead at a regional depot.
Shift Supervisor, Harlow Logistics Ltd
2016 - 2021
EXPERIENCE
See attached portfolio.`);
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company]), [['Shift Supervisor', 'Harlow Logistics Ltd']]);
});

test('a role the summary tells in prose is kept beside the jobs of the experience section', () => {
  const r = parseResume(`Tamsin Okafor
SUMMARY
Earlier worked as a Claims Adjuster with Northgate Insurance, handling motor claims.
EXPERIENCE
Underwriting Assistant, Harbor Mutual Ltd
2018 - 2022
Checked policy documents.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Underwriting Assistant', 'Harbor Mutual Ltd', '2018-01-01'],
      ['Claims Adjuster', 'Northgate Insurance', ''],
    ],
  );
});

test('an experience heading that holds no job: the jobs of a two-column layout ran on under a side heading', () => {
  const r = parseResume(`Noor Haddad
Stock controller
WORK EXPERIENCE
Inventory control
Forklift licence
PERSONAL SKILLS
Reliable
Harbour Bakery Supplies
Leeds
STOCK CONTROLLER
March 2015 - Present
Counted and recorded stock every week.`);
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate]), [['STOCK CONTROLLER', 'Harbour Bakery Supplies', '2015-03-01']]);
});

test('without an education heading, a school written up to two lines above its degree is read with it', () => {
  const r = parseResume(`Marisol Quint
PROFESSIONAL DEVELOPMENT
Lakemont State University, Denton, TX
Master of Arts, Educational Leadership, 2009
Harwick University
Austin, Texas
Bachelor of Science in Psychology, 2004`);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate.slice(0, 4)]),
    [
      ['Master of Arts', 'Lakemont State University', '2009'],
      ['Bachelor of Science in Psychology', 'Harwick University', '2004'],
    ],
  );
});

test('without an education heading, a job held at a school above a degree is no school of it', () => {
  const schools = (text: string) => parseResume(text).education.map((e) => e.school);
  assert.deepEqual(schools('Jane Roe\nEnglish Teacher, Riverside Middle School\n2010 - 2015\nHolds a Bachelor of Arts degree.'), ['']);
  assert.deepEqual(schools('Jane Roe\nTeacher at Riverside Middle School since 2010.\nCoached the debate team.\nHolds a Master of Education.'), ['']);
});

test('a diploma naming its field under a skills heading is a qualification, beside the degrees of the education section', () => {
  const r = parseResume(`Priya Raman
TECHNICAL SKILLS
• MS-Office
• Master of SSIS
Diploma in Computer Hardware and Networking
Tally ERP, Java
EDUCATION
B.Com, Kaveri Valley University, 2014`);
  assert.deepEqual(
    r.education.map((e) => e.degree),
    ['B.Com', 'Diploma in Computer Hardware and Networking'],
  );
});

test('a volunteer section adds no jobs: its months would count as experience the candidate was not employed in', () => {
  const text = 'Sam Okafor\nEXPERIENCE\nWarehouse Associate, Corbel Freight, June 2016 - May 2020\nVOLUNTEER EXPERIENCE\nVolunteer, Riverside Food Pantry, Dayton, OH, March 2012 - present';
  assert.deepEqual(parseResume(text).workExperience.map((w) => w.company), ['Corbel Freight']);
});

test('each experience section is read in its own layout: a date-first section keeps its dates beside one written title-first', () => {
  const r = parseResume(`Tomas Ferreira
EXPERIENCE
2016 - Present
Senior Lecturer, Harbor Institute
2012 - 2016
Lecturer, Alder College
CONSULTING EXPERIENCE
Data Adviser, Birch Analytics
2010 - 2012
• Built the forecasting models.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Senior Lecturer', 'Harbor Institute', '2016-01-01'],
      ['Lecturer', 'Alder College', '2012-01-01'],
      ['Data Adviser', 'Birch Analytics', '2010-01-01'],
    ],
  );
});

test('an experience section that does not open on a dated entry goes on from the section above (a page continued)', () => {
  const r = parseResume(`Tomas Ferreira
WORK EXPERIENCE
Alder Bank, Dover, DE
2015 to Present
Branch Manager - Promoted to run the branch and its staff of twelve.
Professional Experience
Reviewed the loan book every quarter and reported to the regional office.
Kept the branch within its budget for five years running.
Birch Credit Union, Dover, DE
Loan Officer - Assessed applications for small business loans and followed them up.
Cedar Savings, Dover, DE
2008 to 2012
Teller - Handled deposits and withdrawals.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Branch Manager', 'Alder Bank', '2015-01-01'],
      ['Loan Officer', 'Birch Credit Union', ''],
      ['Teller', 'Cedar Savings', '2008-01-01'],
    ],
  );
});

test('an undated experience section above the dated ones is read with them, not as entries of its own without dates', () => {
  const r = parseResume(`Tomas Ferreira
TOOLS EXPERIENCE
Version Control Systems
Git, Subversion
Issue Trackers
Jira, Redmine
WORK EXPERIENCE
Android Developer, Harbor Apps Ltd
06/2013 - Present
• Built the booking app.`);
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate]), [['Android Developer', 'Harbor Apps Ltd', '2013-06-01']]);
});
