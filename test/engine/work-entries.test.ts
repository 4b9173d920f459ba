import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { pickRoles, plausibleCompany } from '../../src/engine/parse/job-header.ts';
import { titleScore } from '../../src/engine/parse/roles.ts';
import { findWork } from '../../src/engine/parse/work.ts';
import { jobs } from './fixtures.ts';

test('month and year joined by a dash or a slash, and "till now"', () => {
  assert.deepEqual(jobs('EXPERIENCE\nQA Engineer, Corvid Systems Pvt Ltd\nJan-2019 to Till Now\n\nSupport Analyst, Tarn Logistics Ltd\nMay/2016 - Dec/2018'), [
    ['QA Engineer', 'Corvid Systems Pvt Ltd', '2019-01-01', 'Present'],
    ['Support Analyst', 'Tarn Logistics Ltd', '2016-05-01', '2018-12-01'],
  ]);
});

test('a labelled duration repeating the dates above is the same job; a responsibilities heading is no employer', () => {
  const text = `PROFESSIONAL EXPERIENCE
Kestrel Networks Ltd
January 2014 to June 2015
DURATION Jan-2014 to Jun-2015
TEAM SIZE 12
ROLES AND RESPONSIBILITIES
Test Lead - Automation
• Planned the regression suites`;
  const found = jobs(text);
  assert.equal(found.length, 1);
  assert.equal(found[0][1], 'Kestrel Networks Ltd');
});

test('a job or a degree written twice is listed once', () => {
  const once = `Lena Fors
EXPERIENCE
Store Assistant, Birch Market
2013 - 2015
EDUCATION
Bachelor of Arts in History, Lakeside University, 2012`;
  const r = parseResume(`${once}\n\n${once}`);
  assert.equal(r.workExperience.length, 1);
  assert.equal(r.education.length, 1);
});

test('"Company, City, State" names the employer; a title line may end in a full stop; "Title / Company" splits', () => {
  assert.deepEqual(jobs('EXPERIENCE\nBuild Engineer\nQuillfeather, Austin, Texas\nMarch, 2016-present\n• Kept the pipelines green'), [
    ['Build Engineer', 'Quillfeather', '2016-03-01', 'Present'],
  ]);
  assert.deepEqual(
    jobs('WORK EXPERIENCE\n2016 - present\nStaff Software Engineer, Orbitly, Mountain View, California.\n• Led the offline maps rewrite\n2012 - 2016\nSoftware Engineer, Orbitly, Mountain View, California.\n• Built the refund service'),
    [
      ['Staff Software Engineer', 'Orbitly', '2016-01-01', 'Present'],
      ['Software Engineer', 'Orbitly', '2012-01-01', '2016-01-01'],
    ],
  );
  assert.deepEqual(jobs('EXPERIENCE\nIntern engineer / Brightwave Ltd, Rennes\nJun - Sept 2009'), [['Intern engineer', 'Brightwave Ltd', '2009-06-01', '2009-09-01']]);
  // Two titles joined by a slash are two roles held in the one job.
  assert.deepEqual(jobs('EXPERIENCE\nSenior Programmer / Analyst, Norwell Data Inc\n2001 - 2004').map((j) => j.slice(0, 2)), [
    ['Senior Programmer', 'Norwell Data Inc'],
    ['Analyst', 'Norwell Data Inc'],
  ]);
});

test('a heading or a legal form alone is no employer; template years written [year] anchor a job', () => {
  assert.equal(plausibleCompany('PROJECT SUMMARY'), false);
  assert.equal(plausibleCompany('RELATED COURSEWORK'), false);
  assert.equal(plausibleCompany('Ltd'), false);
  assert.equal(plausibleCompany('Brightwater Technologies'), true);
  assert.deepEqual(jobs('EXPERIENCE\nCamp Counselor, Pine Lake Day Camp\nMay [year] - August [year]\n• Led canoe trips'), [['Camp Counselor', 'Pine Lake Day Camp', '', '']]);
});

test('a long sentence or a date is no job title', () => {
  const found = jobs('EXPERIENCE\nHarlow Data Ltd\nFacilitated customization of systems by encouraging software engineering team to\nJune 2010 - May 2012');
  assert.deepEqual(found.map((j) => j[0]), ['']);
  assert.deepEqual(jobs('EXPERIENCE\nSummers\nLifeguard, Crescent Pool\n2015 - 2017').map((j) => j[0]), ['Lifeguard']);
});

test('a title alone on a line within a job is another role held there; "Role: ..." names one too', () => {
  const text = `EXPERIENCE
Harlow State University, Dayton, OH
August 2015 - June 2019
Student Services Coordinator
Planned the freshman mentoring programme.
Residential Advisor
Supervised a hall of 120 students.
Northgate Analytics Pvt Ltd - Pune - May 2012 to July 2015
Built the weekly sales dashboards for the regional team.
Role: Lead Data Analyst, Reporting
Cut the month-end close by two days and reported to the
Finance Manager
who signed them off.`;
  assert.deepEqual(jobs(text), [
    ['Student Services Coordinator', 'Harlow State University', '2015-08-01', '2019-06-01'],
    ['Residential Advisor', 'Harlow State University', '', ''],
    ['Lead Data Analyst', 'Northgate Analytics Pvt Ltd', '2012-05-01', '2015-07-01'],
  ]);
});

test('a city before its state, or a place in brackets, is no employer; "& Associates" names a firm; a leader is a title', () => {
  assert.deepEqual(jobs('EXPERIENCE\nMARLOWE & ASSOCIATES, Westborough, MA\n1990 to 2000\nSold survey instruments in 12 countries.'), [
    ['', 'MARLOWE & ASSOCIATES', '1990-01-01', '2000-01-01'],
  ]);
  assert.deepEqual(jobs('EXPERIENCE\nRidgeline Outfitters Inc\nProduct Manager (Tulsa, OK), 2001 to 2004'), [['Product Manager', 'Ridgeline Outfitters Inc', '2001-01-01', '2004-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nSept. 2005 - May 2006\nEnglish Teacher, Lykeio School of Languages,\nPatras\nTaught English to teenagers.'), [
    ['English Teacher', 'Lykeio School of Languages', '2005-09-01', '2006-05-01'],
  ]);
  assert.deepEqual(jobs('EXPERIENCE\nBrambles Cinema, Sedona, Arizona.\n2009 - 2012').map((j) => j.slice(0, 2)), [['', 'Brambles Cinema']]);
  // A lone phrase listing several jobs stays the title.
  assert.equal(jobs('EXPERIENCE\nCooks, bakers, and kitchen helpers (2015 - 2019)')[0][0], 'Cooks, bakers, and kitchen helpers');
  assert.equal(jobs('EXPERIENCE\nShift Leader, Corner Bakery\n2014 - 2016')[0][0], 'Shift Leader');
});

test('a single name that is also a skill can be the employer; a skill phrase or an activity cannot', () => {
  assert.equal(plausibleCompany('Shopify'), true);
  assert.equal(plausibleCompany('Data Analysis'), false);
  assert.equal(plausibleCompany('Marketing'), false);
  assert.deepEqual(jobs('EXPERIENCE\nBackend Engineer, Salesforce\nMarch 2016 - May 2019').map((j) => j.slice(0, 2)), [['Backend Engineer', 'Salesforce']]);
});

test('a date alone on a line under a title or an organisation dates a job ("Summer 2012", "2010")', () => {
  const text = `EXPERIENCE
Harbor Grill
Tampa, Florida
Waiter
Summer 2012
• Served 40 tables a night
Library Assistant, Brookfield Library
2010
• Shelved returns
40221
2009
The manager may be contacted.`;
  assert.deepEqual(jobs(text), [
    ['Waiter', 'Harbor Grill', '2012-06-01', '2012-06-01'],
    ['Library Assistant', 'Brookfield Library', '2010-01-01', '2010-12-01'],
  ]);
});

test('"Name, Town" with no known region is the employer when nothing else names one; "Town, State" is not', () => {
  const text = `EXPERIENCE
June 2014 - present
Shift Supervisor
Blue Lantern Cafe, Dundee
• Opened the shop
March 2012 - May 2014
Clerk
Halden, Ohio
• Filed invoices`;
  assert.deepEqual(jobs(text), [
    ['Shift Supervisor', 'Blue Lantern Cafe', '2014-06-01', 'Present'],
    ['Clerk', '', '2012-03-01', '2014-05-01'],
  ]);
});

test('a title and where it was held, on a line within a job, is another role there; a degree line is not', () => {
  const text = `EXPERIENCE
Principal, Oakridge High School, Dover, DE, 1995 to Present
• Led a staff of 80 teachers.
• Fourth Grade Teacher, Elm Street Elementary School, Dover, DE
• Taught reading.
BS Engineering, Delmar University`;
  assert.deepEqual(jobs(text), [
    ['Principal', 'Oakridge High School', '1995-01-01', 'Present'],
    ['Fourth Grade Teacher', 'Elm Street Elementary School', '', ''],
  ]);
});

test('an employer with its town and state, on a line within a job, opens another role there; a street address does not', () => {
  const text = `EXPERIENCE
Admissions Advisor, Harlow College, Dayton, OH
July 2013 - Present
• Ran information sessions.
Teach for Tomorrow, Miami, FL
English Teacher
• Planned lessons.
Riverbend Clinic, Tampa, FL
• Filed records.
18 W Market Street, Dover, DE`;
  assert.deepEqual(jobs(text), [
    ['Admissions Advisor', 'Harlow College', '2013-07-01', 'Present'],
    ['English Teacher', 'Teach for Tomorrow', '', ''],
    ['', 'Riverbend Clinic', '', ''],
  ]);
});

test('without an experience heading, dated jobs under the summary are read', () => {
  const text = `Dana Cole
SUMMARY OF QUALIFICATIONS
CNC programming in NX and Mastercam.
Shop lead on the day shift.
2011 to Present
Brookline Tooling, Santa Rosa, California
Supervisor/CNC Programmer
• Set up a new machine shop
2008 to 2010
Vantor Optics, Petaluma, California
Mechanical Designer
EDUCATION
BS Mechanical Engineering, Sonoma State University, 1998`;
  assert.deepEqual(jobs(text), [
    ['Supervisor', 'Brookline Tooling', '2011-01-01', 'Present'],
    ['CNC Programmer', 'Brookline Tooling', '2011-01-01', 'Present'],
    ['Mechanical Designer', 'Vantor Optics', '2008-01-01', '2010-01-01'],
  ]);
});

test("a month with an apostrophe before its year (\"Dec' 2015\") is a date", () => {
  assert.deepEqual(jobs("EXPERIENCE\nData Analyst, Corvid Systems\nDec' 2015 to Sept' 2016"), [['Data Analyst', 'Corvid Systems', '2015-12-01', '2016-09-01']]);
});

test('"Sr." and "St." keep their phrase; "Position held:" labels a title, without its remark in brackets', () => {
  const text = `EXPERIENCE
Sr. Test Manager
Corvid Systems - Pune - July 2013 to March 2017
North Ridge Bank
Position held: Customer Service Advisor (part time to 2011)
2009 - 2013
St. Jude Clinic, Dover, DE
Nurse
2005 - 2009`;
  assert.deepEqual(jobs(text), [
    ['Sr. Test Manager', 'Corvid Systems', '2013-07-01', '2017-03-01'],
    ['Customer Service Advisor', 'North Ridge Bank', '2009-01-01', '2013-01-01'],
    ['Nurse', 'St. Jude Clinic', '2005-01-01', '2009-01-01'],
  ]);
});

test('"Title: Organisation" splits at the colon; a project title is no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nTeaching Aide: Maple Grove Primary School\n2009 - 2011\n• Helped with reading groups\nProject Title: Claims Portal\n2012 - 2013\nBackend Developer'), [
    ['Teaching Aide', 'Maple Grove Primary School', '2009-01-01', '2011-01-01'],
    ['Backend Developer', '', '2012-01-01', '2013-01-01'],
  ]);
});

test('page furniture, an e-mail address or a template year is no employer', () => {
  for (const s of ['RESUME', 'Name', '20XX', 'dana.cole@example.com']) assert.equal(plausibleCompany(s), false, s);
  assert.equal(plausibleCompany('Youth Tennis League'), true);
});

test("the candidate's own name or a contact label heading a page is no employer", () => {
  const lines = ['Dana Cole', 'Home: (555) 010-2233', 'Northgate Analytics Ltd', 'Data Analyst', '2012 - 2015', '• Built dashboards', 'Dana Cole', 'Page 2', '2009 - 2012', '• Filed reports'];
  assert.deepEqual(
    findWork(lines, true, 'Dana Cole').map((w) => [w.position, w.company]),
    [['Data Analyst', 'Northgate Analytics Ltd']],
  );
});

test('an organisation before a city named like a state and its code ("Orbit Labs, New York, NY") is the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSales Engineer\nOrbit Labs, New York, NY\nFebruary 2013 - September 2014').map((j) => j.slice(0, 2)), [['Sales Engineer', 'Orbit Labs']]);
  assert.deepEqual(jobs('EXPERIENCE\nSales Engineer\nKansas City, Missouri, USA\nFebruary 2013 - September 2014').map((j) => j.slice(0, 2)), [['Sales Engineer', '']]);
});

test('capitalised labels without a colon ("ORGANISATION Acme Ltd"), "Worked in X, Town since ...", a trailing slash', () => {
  const text = `EXPERIENCE
ORGANISATION Kestrel Networks Ltd
DESIGNATION Test Lead
June 2011 - Dec 2012
• Worked in Brightwave Systems, Pune since Oct 2008 to Jan 2011, with the payments team
QA Analyst, Harlow Labs, Lahore, Pakistan/
2006 - 2008`;
  assert.deepEqual(
    jobs(text).map((j) => j.slice(0, 2)),
    [
      ['Test Lead', 'Kestrel Networks Ltd'],
      ['', 'Brightwave Systems'],
      ['QA Analyst', 'Harlow Labs'],
    ],
  );
});

test('a title and an employer above the first dated job are a job listed without dates', () => {
  const text = `WORK EXPERIENCE
Solutions Architect
Kestrel Networks -
Pune, Maharashtra
Software Engineer 2
Orbit Labs -
Redmond - June 2016 to February 2017
• Built the billing service`;
  assert.deepEqual(jobs(text), [
    ['Solutions Architect', 'Kestrel Networks', '', ''],
    ['Software Engineer 2', 'Orbit Labs', '2016-06-01', '2017-02-01'],
  ]);
  // A lone heading-like line above the first job is not one.
  assert.equal(jobs('WORK EXPERIENCE\nSelected roles\nData Analyst, Orbit Labs\n2016 - 2018').length, 1);
});

test('roles within a job: "X of Y" titles, titles with an organisation word, labels in brackets, "Continued"; not memberships', () => {
  const text = `EXPERIENCE
Harlow Instruments Corp
2000 - Present
Leader in analytical instruments for the energy industry.
Vice President of International Sales
Built a network of 60 representatives.
Member of the Regional Exporters Council
Logistics Officer:
Ran ammunition logistics.
(Designation: Software Engineer)
Wrote middleware.
Sales Director, Continued
Closed deals.`;
  assert.deepEqual(
    jobs(text).map((j) => j[0]),
    ['Vice President of International Sales', 'Logistics Officer', 'Software Engineer', 'Sales Director'],
  );
});

test('an organisation after the dates on the title line ("Consultant: Dec. 2004 - Present, Kestrel Labs, Cleveland, OH")', () => {
  const text = `EXPERIENCE
Java Technology Consultant: Dec. 2004 - Present, Kestrel Labs, Cleveland, OH
• Built apps
Support Engineer 2001 - 2004, handling escalations for the payments team
• Fixed tickets`;
  assert.deepEqual(jobs(text), [
    ['Java Technology Consultant', 'Kestrel Labs', '2004-12-01', 'Present'],
    ['Support Engineer', '', '2001-01-01', '2004-01-01'],
  ]);
});

test('a date line naming its title and employer is the whole header: neither the details above nor the line below join it', () => {
  const text = `EXPERIENCE
Assistant Principal, Milton Middle School, Milton, Nebraska, 2004-2010
Observed classroom teachers on regular basis
Co-coordinated Fine Arts Night for Milton Middle School
English Teacher, Juno High School, Juno, Nebraska, 1998-2004
Fourth Grade Teacher, Elm Street Elementary School, Juno, Nebraska, 1997
Taught reading.`;
  assert.deepEqual(jobs(text), [
    ['Assistant Principal', 'Milton Middle School', '2004-01-01', '2010-01-01'],
    ['English Teacher', 'Juno High School', '1998-01-01', '2004-01-01'],
    ['Fourth Grade Teacher', 'Elm Street Elementary School', '', ''],
  ]);
});

test('a detail opened by a past-tense verb above the next date line stays with the previous job', () => {
  const text = `EXPERIENCE
Data Analyst
Kestrel Labs
2014 - 2016
Built the dashboards
Assisted the Finance Director
Harlow Institute
2012 - 2014
Analyst`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Data Analyst', 'Kestrel Labs'],
    ['Analyst', 'Harlow Institute'],
  ]);
});

test('a double dash or an em dash separates header parts; a web address in brackets is dropped', () => {
  assert.deepEqual(jobs('EXPERIENCE\nKESTREL LABS -- Drupal Developer (consultant), June 2012 - July 2012\nOrbit Systems [http://www.orbit.example] — Data Engineer, 2010 - 2012').map((j) => j.slice(0, 2)), [
    ['Drupal Developer', 'KESTREL LABS'],
    ['Data Engineer', 'Orbit Systems'],
  ]);
});

test('a role line within a job may carry a remark in brackets ("Office Assistant (part time basis)")', () => {
  assert.deepEqual(jobs('EXPERIENCE\nNorth Ridge Bank\n2009 - 2013\nTeller\n• Balanced the drawer.\nOffice Assistant (part time basis)\n• Filed records.').map((j) => j[0]), ['Teller', 'Office Assistant']);
});

test('a season under an employer with its town and state dates a job', () => {
  const text = `TEACHING EXPERIENCE
Student Teacher
Maple Grove Elementary, Olathe, KS
Spring 2019
Taught a third grade class of 24
Camp Counselor, Pine Lake Camp
Summer 2018`;
  assert.deepEqual(jobs(text), [
    ['Student Teacher', 'Maple Grove Elementary', '2019-03-01', '2019-03-01'],
    ['Camp Counselor', 'Pine Lake Camp', '2018-06-01', '2018-06-01'],
  ]);
});

test('a sentence of more than three lowercase words above a date is no job title when another part names one', () => {
  const text = `EXPERIENCE
Night Auditor, Bayview Inn
2016 - 2018
Balanced the books nightly
Prepare daily deposit slips and report shortages to the Front Office Supervisor
Cashier, Corner Market, Salem, OR
2015`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Night Auditor', 'Bayview Inn'],
    ['Cashier', 'Corner Market'],
  ]);
  // On a header line of its own too, beside another part that could be the title.
  assert.deepEqual(jobs('EXPERIENCE\nService, Chair of twelve senior student design project committees, 2015 - 2018').map((j) => j[0]), ['']);
  assert.deepEqual(jobs('EXPERIENCE\nFreelance photo editor and consultant\n2010 - 2014').map((j) => j[0]), ['Freelance photo editor', 'consultant']);
});

test('a committee, a team or a board one serves on is neither an employer nor a title', () => {
  assert.equal(plausibleCompany('Faculty Hiring Committee'), false);
  assert.equal(plausibleCompany('Help Desk Team'), false);
  assert.equal(plausibleCompany('Taskforce on Student Retention'), false);
  assert.equal(plausibleCompany('Harbor Consulting Group'), true);
  assert.deepEqual(jobs('EXPERIENCE\nGraduate Curriculum Committee (2015 - 2018)'), []);
});

test('a heading below a dated line is not read into that job\'s header', () => {
  assert.deepEqual(findWork(['June 2015 - June 2016', 'Achievements:', '• Employee of the month twice']), []);
});

test('a title followed by its town and state on the same line is the title without the town', () => {
  assert.deepEqual(jobs('EXPERIENCE\nBrightpath Media August 2014 - May 2018\nSenior Graphic Designer Santa Rosa, California\nDesigned print campaigns.').map((j) => j.slice(0, 2)), [
    ['Senior Graphic Designer', 'Brightpath Media'],
  ]);
});

test('an office held "of" or "to" a society or an organisation names the title and the body', () => {
  assert.deepEqual(jobs('EXPERIENCE\nTreasurer of the Riverside Chess Society, 2014 - 2016').map((j) => j.slice(0, 2)), [['Treasurer', 'Riverside Chess Society']]);
  assert.deepEqual(jobs('EXPERIENCE\nSpecial Adviser to the Pacific Fisheries Organization, 2001 - 2004').map((j) => j.slice(0, 2)), [['Special Adviser', 'Pacific Fisheries Organization']]);
  // A field or a unit of the employer stays in the title.
  assert.deepEqual(jobs('EXPERIENCE\nDirector of Career Services, Lakeside College, 2010 - 2015').map((j) => j.slice(0, 2)), [['Director of Career Services', 'Lakeside College']]);
});

test('a unit named beside its university (an office, a department, a programme) is the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nAdmissions Assistant\nOffice of Graduate Admissions, Lakeshore University, Chicago, IL\nSeptember 2014 - May 2016').map((j) => j.slice(0, 2)), [
    ['Admissions Assistant', 'Office of Graduate Admissions'],
  ]);
  assert.deepEqual(jobs('EXPERIENCE\nLAKESHORE UNIVERSITY\nChicago, IL\nResidential Life Programs\nAugust 2016 to Present\nHall Mentor').map((j) => j.slice(0, 2)), [['Hall Mentor', 'Residential Life Programs']]);
  assert.deepEqual(jobs('EXPERIENCE\nResearch Assistant, Lakeshore University, MBA Program\n2014 - 2016').map((j) => j.slice(0, 2)), [['Research Assistant', 'Lakeshore University']]);
});

test('student teaching and an adjunct post are roles held', () => {
  assert.deepEqual(jobs('EXPERIENCE\nStudent Teaching, Cedar Ridge Middle School, Ames, IA\nJanuary 2019 - May 2019').map((j) => j.slice(0, 2)), [['Student Teaching', 'Cedar Ridge Middle School']]);
  assert.deepEqual(jobs('EXPERIENCE\nAdjunct, Lakeshore Community College, Erie, PA\n2012 - 2015').map((j) => j.slice(0, 2)), [['Adjunct', 'Lakeshore Community College']]);
});

test('a bare membership is not a job', () => {
  assert.deepEqual(jobs('EXPERIENCE\nHistory Teacher, Oakdale High School\n2010 - 2018\nMember, District Curriculum Review Board\n2012 - 2014').map((j) => j.slice(0, 2)), [['History Teacher', 'Oakdale High School']]);
});

test('a large city named beside a freelance title is no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\n2015 to present\nFreelance Photographer, Chicago.\nShot weddings and corporate events').map((j) => j.slice(0, 2)), [['Freelance Photographer', '']]);
});

test('a division or region named beside a title is part of the employer, not the employer', () => {
  const text = `EXPERIENCE
REGIONAL SALES MANAGER, NORTHEAST REGION (2008 to 2012)
Grew territory revenue by a third.
Vice President, Commercial Lending Division (2004 to 2008)
Led a team of nine lenders.`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['REGIONAL SALES MANAGER', ''],
    ['Vice President', ''],
  ]);
});

test('an organisation named alone under the dates is the employer when the header names none', () => {
  const text = `EXPERIENCE
Data Analyst
Sep 2013 - Jun 2016 (full-time), Jun 2016 - Nov 2017 (part-time)
Institute for Coastal Studies,
Harlow, ME
• Built reporting dashboards`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['Data Analyst', 'Institute for Coastal Studies']]);
});

test('in a section without dates, a line ending a list cut at a comma is no header', () => {
  const text = `EXPERIENCE
Lab Assistant, Riverside College
• Gave talks on robotics, cloud computing, sensor networks,
Embedded Systems.
• Ran weekly workshops
Tutor, Elm Learning Centre
• Taught algebra`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Lab Assistant', 'Riverside College'],
    ['Tutor', 'Elm Learning Centre'],
  ]);
});

test('a bullet before an employer and its place is a layout icon: the line heads the job', () => {
  const text = `EXPERIENCE
• Brightwave Labs, Pune, Maharashtra, India
Team Lead [June 2014 to present]
Led the web team of six.
• Corvid Systems Pvt. Ltd., Noida, India
Developer [May 2011 to May 2014]
Built billing modules.`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Team Lead', 'Brightwave Labs'],
    ['Developer', 'Corvid Systems Pvt. Ltd'],
  ]);
});

test('an employer dated by one year in brackets between detail lines is an entry of its own', () => {
  const text = `EXPERIENCE
Finance Manager, Orbis Freight Ltd
2006 - 2012
Led budgeting for four depots and cut costs by a tenth.
Harlow Textiles Inc. (2005)
managed vendor invoices and the month-end close.
Corvid Logistics Corporation (2004)
reconciled accounts across two sites.`;
  assert.deepEqual(jobs(text), [
    ['Finance Manager', 'Orbis Freight Ltd', '2006-01-01', '2012-01-01'],
    ['', 'Harlow Textiles Inc', '2005-01-01', '2005-12-01'],
    ['', 'Corvid Logistics Corporation', '2004-01-01', '2004-12-01'],
  ]);
  // A year before any career ("founded 1925") dates no job, and parsing goes on.
  assert.deepEqual(jobs(text.replace('(2004)', '(1925)')).length, 2);
});

test('membership of a society, club or orchestra is not a job', () => {
  const text = `EXPERIENCE
Receptionist, Maple Dental Care, Salem, OR
2016 - 2019
Beta Gamma Honors Society Member, Willamette College Chapter (2015 - 2017)
2014 - 2016
Member of Riverside Community Orchestra`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['Receptionist', 'Maple Dental Care']]);
});

test('"Title at Organisation, Town" gives the organisation without its town', () => {
  assert.deepEqual(jobs('EXPERIENCE\nData Analyst at Brightwave Analytics, Austin, TX\n2015 - 2018').map((j) => j.slice(0, 2)), [['Data Analyst', 'Brightwave Analytics']]);
  assert.deepEqual(jobs('EXPERIENCE\nIT Consultant for Harbor Savings Bank - Retirement Services in Trenton, NJ (2001 - 2004)').map((j) => j.slice(0, 2)), [['IT Consultant', 'Harbor Savings Bank']]);
});

test('an environment or client line above the dates leaves room for the employer below them; a duration in weeks names no one', () => {
  const text = `EXPERIENCE
Environment: Windows, Oracle, Java
QA Analyst
June 2010 - May 2014
Bluefin Software, India
• Wrote test plans`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['QA Analyst', 'Bluefin Software']]);
  assert.deepEqual(jobs('EXPERIENCE\nXML Consultant\n31 weeks\n2010 - 2011').map((j) => j.slice(0, 2)), [['XML Consultant', '']]);
});

test('a line of more than three lowercase words is a detail, not a header line', () => {
  const text = `EXPERIENCE
Barista, Corner Cafe
2010 - 2012
Preparing a mail out of seasonal menu leaflets
March 2012 - current
Shift Supervisor (part time basis)
Greenleaf Grocery Store, Springfield
Opened and closed the store`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Barista', 'Corner Cafe'],
    ['Shift Supervisor', 'Greenleaf Grocery Store'],
  ]);
});

test('"<Name> Associates" names a firm, not a title', () => {
  assert.deepEqual(jobs('EXPERIENCE\nMarlow Associates\nDayton, OH 2006 to 2009\nOperations Director').map((j) => j.slice(0, 2)), [['Operations Director', 'Marlow Associates']]);
});

test('a paragraph led by a title ("Operations Manager - Promoted to ...") names the role held', () => {
  const text = `EXPERIENCE
Granite Works, Inc., Reno, NV
2012 to 2016
Operations Manager - Promoted to run the plant and oversee a staff of forty in two shifts.`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['Operations Manager', 'Granite Works, Inc']]);
  // A title and its employer on a line keep both.
  assert.deepEqual(jobs('EXPERIENCE\nGranite Works, Inc., Reno, NV\n2012 to 2016\nSenior Developer - Blue Mesa Studios').map((j) => j.slice(0, 2)), [
    ['Senior Developer', 'Granite Works, Inc'],
  ]);
});

test('a few capitalised words ending in a full stop can be a header line', () => {
  const text = `EXPERIENCE
January 2007 to October 2011
Pixel Forge, Burbank, California.
Architect, Lead Developer.
Led development of web applications`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['Lead Developer', 'Pixel Forge']]);
});

test('a header line cut after its organisation ("PostgreSQL -") names the employer, even one named like a tool', () => {
  const text = `WORK EXPERIENCE
Account Executive
PostgreSQL -
Austin, Texas - May 2016 to Present
• Grew revenue in the region`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [['Account Executive', 'PostgreSQL']]);
});

test('a title opening on a label word ("Client Support Engineer") is still a title', () => {
  assert.deepEqual(jobs('EXPERIENCE\n05/2003 - 08/2004\nHarbor Systems, Inc.\nClient Support Engineer\nNew York, NY').map((j) => j.slice(0, 2)), [['Client Support Engineer', 'Harbor Systems, Inc']]);
});

test('an employer in capitals above a title, within a job, opens another role there', () => {
  const text = `EXPERIENCE
HARBOR FREIGHT LINES
Software Engineer
2012 - 2015
Built the order service.
BLUEWAVE SYSTEMS
Software Engineer, Intern
Wrote test tools.
ORDER SERVICE
Rewrote the billing module.`;
  assert.deepEqual(parseResume(text).workExperience.map((w) => [w.position, w.company]), [
    ['Software Engineer', 'HARBOR FREIGHT LINES'],
    ['Software Engineer, Intern', 'BLUEWAVE SYSTEMS'],
  ]);
});

test('anchors, organisers, co-ordinators, examiners and contributors hold job titles', () => {
  assert.deepEqual(jobs('EXPERIENCE\nThe Daily Ledger\nContributor\n2015 - 2017').map((j) => j.slice(0, 2)), [['Contributor', 'The Daily Ledger']]);
  assert.equal(parseResume('Morgan Lee\nNews Anchor\nmorgan@example.com').designation, 'News Anchor');
  assert.equal(parseResume('Morgan Lee\nEvents Co-ordinator\nmorgan@example.com').designation, 'Events Co-ordinator');
});

test('a date line opened by its organisation and a dash ("Brightleaf - August 2016 to Present") names the employer', () => {
  assert.deepEqual(jobs('WORK EXPERIENCE\nContent Writing\nBrightleaf - August 2016 to Present').map((j) => j[1]), ['Brightleaf']);
  // The dash decides it: without it, the lowercase phrase above would be read as the employer.
  assert.deepEqual(jobs('WORK EXPERIENCE\nApp develop\nHarlowsoft - August 2016 to Present').map((j) => j[1]), ['Harlowsoft']);
  assert.deepEqual(jobs('WORK EXPERIENCE\nWeb Designer\nSelf-employed -\nPune, Maharashtra - 2014 to 2016').map((j) => j.slice(0, 2)), [['Web Designer', '']]);
});

test('an earlier-career list of "EMPLOYER, Title" lines gives one role per line, employer and title apart', () => {
  const text = `PROFESSIONAL EXPERIENCE
Operations Manager, Harbor Freight Lines, Tacoma, WA
2012 - 2018
• Ran the dispatch floor for three terminals
Earlier Career:
DELTA MARINE SERVICES, Deck Engineer
ORCA SUPPLY LTD., Buyer`;
  assert.deepEqual(jobs(text).slice(1), [
    ['Deck Engineer', 'DELTA MARINE SERVICES', '', ''],
    ['Buyer', 'ORCA SUPPLY LTD', '', ''],
  ]);
});

test('a role written on the line of its label ("Early Career: Title, Employer") is a role of its own', () => {
  const text = `EXPERIENCE
Senior Director, Harbor Systems Inc, Newark, NJ
2005 - 2015
• Managed projects of every size
Early Career: Manager of Planning and Analysis, Kestrel Phone Corporation`;
  assert.deepEqual(jobs(text).slice(1), [['Manager of Planning and Analysis', 'Kestrel Phone Corporation', '', '']]);
});

test('a section of an earlier career without dates lists roles of its own, not details of the last dated job', () => {
  const text = `PROFESSIONAL EXPERIENCE
HARBOR SCHOOL OF MANAGEMENT, Dover, DE
Chief Business Officer, 2005 - 2012
• Balanced the budget of a school of 900 students
PRIOR EXPERIENCE
Corporate Controller for Alder Bank and Birch Savings Bank; member of the team that built Alder from the ground up.`;
  assert.deepEqual(jobs(text).slice(1), [
    ['Corporate Controller', 'Alder Bank', '', ''],
    ['Corporate Controller', 'Birch Savings Bank', '', ''],
  ]);
});

test('a shop or store named in lowercase but its first word ("Miles ford Auto shop") is the employer, also run into the title after it', () => {
  assert.deepEqual(jobs('Career Experience/Job History\n2005-2007\nHarlan ford Auto shop\nAutomobile Engineer\nScrutinized the vehicles brought to the base.'), [
    ['Automobile Engineer', 'Harlan ford Auto shop', '2005-01-01', '2007-01-01'],
  ]);
  // A sentence about a shop is no name: it opens on a verb.
  assert.equal(plausibleCompany('Cleaned the whole shop'), false);
  assert.equal(plausibleCompany('Harlan ford Auto shop'), true);
  // Run into the title after it, such a name ends where the title starts.
  assert.deepEqual(jobs('WORK EXPERIENCE\nMarch 2009 - December 2012 Pellow store Sales Assistant'), [['Sales Assistant', 'Pellow store', '2009-03-01', '2012-12-01']]);
});

test('a lone name under the dates, every word capitalised and no title word, is the employer', () => {
  assert.deepEqual(jobs('WORK EXPERIENCE\n2015 - Present\nMarlow Brothers\nPriced exotic derivatives and kept the trade blotter.'), [['', 'Marlow Brothers', '2015-01-01', 'Present']]);
  // A phrase in lowercase stays the title.
  assert.deepEqual(jobs('WORK EXPERIENCE\nGeneral farm and ranch work (2012 - 2015)'), [['General farm and ranch work', '', '2012-01-01', '2015-01-01']]);
});

test('a title run into the school, centre or firm it was held at is split from it', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSpecial Education Teacher Brookside Elementary School, Dover, DE\n2004 - 2008\n• Taught reading to small groups'), [
    ['Special Education Teacher', 'Brookside Elementary School', '2004-01-01', '2008-01-01'],
  ]);
  // A function after the title ("Field Services") is part of it.
  assert.deepEqual(jobs('EXPERIENCE\nVP Field Services, Tarn Mechanical Inc\n2005 - 2007'), [['VP Field Services', 'Tarn Mechanical Inc', '2005-01-01', '2007-01-01']]);
});

test('a header line ending in a colon introduces a list and names no employer; a title may end in one', () => {
  assert.deepEqual(pickRoles(['Courses Taught:', 'Adjunct Lecturer'], ''), { position: 'Adjunct Lecturer', company: '' });
  assert.deepEqual(pickRoles(['QUALITIES:', 'Harlow Garden Centre'], ''), { position: '', company: 'Harlow Garden Centre' });
  assert.equal(pickRoles(['Project Manager:'], '').position, 'Project Manager');
});

test('an acronym in brackets restating the name before it is not the employer', () => {
  assert.deepEqual(pickRoles(['Logistics Officer, Northern Relief Food Programme (NRFP)'], ''), { position: 'Logistics Officer', company: 'Northern Relief Food Programme' });
  // Brackets holding something else still split the line.
  assert.equal(pickRoles(['Data Analyst (Kestrel Analytics Ltd)'], '').company, 'Kestrel Analytics Ltd');
});

test('an organisation named with a participle ("United", "Applied") is not a sentence opened by a verb', () => {
  assert.equal(plausibleCompany('United Freight Lines'), true);
  assert.equal(plausibleCompany('Applied Optics Group'), true);
  assert.equal(plausibleCompany('Developed Reporting Dashboards'), false);
});

test('a placement is a job title, as an internship is', () => {
  assert.deepEqual(jobs('LEGAL EXPERIENCE\nJune 2019 - Aug 2019\nSummer Placement\nHolloway Grant LLP, Leeds\nDrafted letters and attended client calls.'), [
    ['Summer Placement', 'Holloway Grant LLP', '2019-06-01', '2019-08-01'],
  ]);
});

test('a line of several dates alone under a header ("Summer 2001, Summer 2002") dates that job from the first to the last', () => {
  assert.deepEqual(jobs('WORK EXPERIENCE\nHarbor Grill, Waiter, Tampa, FL\nSummer 2004\n• Served tables\nTide Surf Shop, Sales Associate, Tampa, FL\nSummer 2001, Summer 2002\n• Ran the till'), [
    ['Waiter', 'Harbor Grill', '2004-06-01', '2004-06-01'],
    ['Sales Associate', 'Tide Surf Shop', '2001-06-01', '2002-06-01'],
  ]);
});

test('an employer with its town and state above a title opens a role even after an unfinished line', () => {
  const text = `EXPERIENCE
Residential Advisor
September 2009 - August 2010
Supervised a residential hall of 100 freshmen to ensure their safety during their college
Harbor Learning Trust, Dover, DE
English Teacher
Designed and taught lesson plans for small groups`;
  assert.deepEqual(jobs(text)[1], ['English Teacher', 'Harbor Learning Trust', '', '']);
});

test('organisation words qualifying a title ("Systems Lead") do not count against it', () => {
  assert.deepEqual(pickRoles(['Systems Lead, Harbor Assistant, Harbor Labs, Palo Alto'], ''), { position: 'Systems Lead', company: 'Harbor Labs' });
});

test('title words before an organisation word qualify the organisation ("Teacher Academy")', () => {
  assert.deepEqual(pickRoles(['Substitute Teacher', 'Coastal Teacher Academy (CTA), Lindale State College, Lindale, NE'], ''), { position: 'Substitute Teacher', company: 'Coastal Teacher Academy' });
});

test('a school named with its district: the district is the employer', () => {
  assert.deepEqual(pickRoles(['Assistant Principal, Elm Ridge High School, Dover County Public Schools, Dover, DE'], ''), {
    position: 'Assistant Principal',
    company: 'Dover County Public Schools',
  });
  // A school alone stays the employer.
  assert.equal(pickRoles(['Science Teacher, Elm Ridge High School, Dover, DE'], '').company, 'Elm Ridge High School');
});

test('a bullet before a place or dates alone (a layout icon) does not make the header above them a detail', () => {
  assert.deepEqual(
    jobs(`EXPERIENCE
Events Intern, Marigold Publicity Group
• Boston, MA
• June 2016 - present
• Assisting senior staff with premieres and launches
Volunteer, Little Hands Shelter
• Quincy, MA
• April 2015 - May 2016
• Kept the donor database up to date`),
    [
      ['Events Intern', 'Marigold Publicity Group', '2016-06-01', 'Present'],
      ['Volunteer', 'Little Hands Shelter', '2015-04-01', '2016-05-01'],
    ],
  );
  // A town and its region under a header is still no employer of its own.
  const sites = jobs('WEB DESIGN\nWeb Designer, Pinecone Studio\n2010 - 2014\nClient sites:\n2013\nKent Fields Estates\n- Kentville, Nova Scotia, Canada\nReal estate listings and a company portal.\n2013\nHarbour Walk Place\n- Halifax, Nova Scotia, Canada\nA mall directory.');
  assert.ok(!sites.some(([, company]) => /Kentville|Halifax/.test(company)), JSON.stringify(sites));
});

test('a long line of capitalised parts above a role line is a header, not a sentence running on', () => {
  const found = jobs(`EXPERIENCE
Reading Specialist, Harlow County Public Schools, Dover, DE, 1990 to 1996
• Led the district reading programme
EARLIER CAREER
Third Grade Teacher, Maple Street Elementary School, Dover, DE, 1985
Resource Room Teacher, Elmwood Academy, Dover, DE, 1984`);
  assert.deepEqual(found.slice(1), [
    ['Third Grade Teacher', 'Maple Street Elementary School', '', ''],
    ['Resource Room Teacher', 'Elmwood Academy', '', ''],
  ]);
});

test('"Employer, Inc., Town, ST" in a job body keeps its legal form and heads the role below it', () => {
  const found = jobs(`EXPERIENCE
Harbor Mechanical, Inc., Portland, ME
2007 to 2010
Operations Manager - Ran scheduling for four crews and the parts room.
Kept the budget within plan for three years running.
Northline Builders, Inc., Boston, MA
Field Superintendent - Took over a crew of 25 and grew it to 80 over two seasons.`);
  assert.deepEqual(found[1], ['Field Superintendent', 'Northline Builders, Inc.', '', '']);
});

test('two "Title, Employer" lines above a column of dates are two jobs; lines under dates that head the entries are not', () => {
  const column = jobs(`OTHER EMPLOYMENT
Cashier, Lakeview Grocers, Ames, IA
Barista, Copper Kettle Cafe, Ames, IA
May 2015 - August 2016
June 2013 - April 2015`);
  assert.deepEqual(column.map(([position, company]) => [position, company]), [
    ['Cashier', 'Lakeview Grocers'],
    ['Barista', 'Copper Kettle Cafe'],
  ]);
  const headed = jobs(`EXPERIENCE
Legal Officer, Kestrel Insurance Ltd, 1989 - 1995
2000 - 2003:
Partner in the firm of Marsh, Dunmore and Company
Advocates, Harbour House, Mombasa.
2003 - 2008:
Northgate General Hospital
Chief Legal Officer`);
  assert.equal(headed.length, 3, JSON.stringify(headed));
});

test('"employee" and "babysitter" head a title ("Food-Service Employee", "Professional Babysitter")', () => {
  assert.equal(jobs('EXPERIENCE\nTutor, Hillside Learning Center\n2014 - 2016\n• Taught reading\nProfessional Babysitter\n• Cared for two children')[1]?.[0], 'Professional Babysitter');
  assert.deepEqual(jobs('EXPERIENCE\nFood-Service Employee, Lakeview Dining Co., Ames, IA\nSeptember 2014 - May 2016'), [['Food-Service Employee', 'Lakeview Dining Co', '2014-09-01', '2016-05-01']]);
});

test('a skill beside a title names its field, not the employer named on its own line', () => {
  assert.deepEqual(pickRoles(['Director of Engineering, Android,', 'Brightpath'], ''), { position: 'Director of Engineering', company: 'Brightpath' });
});

test('a single name cut after its dash ("Quillsoft -") is the employer, not a lone title', () => {
  assert.deepEqual(jobs('WORK EXPERIENCE\nQuillsoft -\nAustin, TX - January 1997 to January 1998\n• Built the billing reports'), [['', 'Quillsoft', '1997-01-01', '1998-01-01']]);
});

test('further dates after the range on its line are no header part, so the title and employer below are read', () => {
  assert.deepEqual(jobs('EXPERIENCE\nMarch 2014 - Jun 2012 - Jul 2012\nApplications Support\nTallyhow Australia\nResponsibilities\n• Answered support calls'), [['Applications Support', 'Tallyhow Australia', '2012-06-01', '2012-07-01']]);
});

test('"Key Role:" and "My Role:" label a role held within a job, like "Role:"', () => {
  const found = jobs('EXPERIENCE\nSoftware Engineer, Corvid Systems Pvt Ltd\nMarch 2009 - present\nPROJECT #1\nObject: A dashboard of live sales figures.\nKey Role: UI designer/Developer.\nEnvironment: JBoss, Oracle 11g.');
  assert.deepEqual(found.slice(1), [
    ['UI designer', 'Corvid Systems Pvt Ltd', '', ''],
    ['Developer', 'Corvid Systems Pvt Ltd', '', ''],
  ]);
});

test('a paragraph led by a title and a full stop, then a past-tense sentence, names a role ("Calendar Clerk. Managed ...")', () => {
  const found = jobs(`PARALEGAL EXPERIENCE
1/90 to 1/91
HALE & BROOK, ESQS.
90 Harbor Street
Boston, MA 02110
(O) 123/456-7890
Calendar Clerk. Managed calendar
department for in-house counsel and docketed cases.`);
  assert.deepEqual(found, [['Calendar Clerk', 'HALE & BROOK', '1990-01-01', '1991-01-01']]);
});

test('a line cut after a one-word product name may name the employer; one after a module of skills ("SAP ABAP -") does not', () => {
  assert.equal(pickRoles(['Database Engineer', 'MongoDB -'], '').company, 'MongoDB');
  assert.equal(pickRoles(['Application Developer', 'SAP ABAP -'], '').company, '');
});

test('a title line followed by its town heads a role even after a long unfinished bullet', () => {
  const found = jobs(`RELATED EXPERIENCE
Activities Assistant, Maple Grove Elementary School
August 2008 - June 2009
• Encouraged full participation in games and instructed students in rules and techniques
Intern
Ely, MN
Northwoods Trail School`);
  assert.deepEqual(found[1]?.[0], 'Intern');
});

test('a title holding an initialism with full stops ("U.S. Customs Officer") is still a title line', () => {
  const found = jobs('EXPERIENCE\nParalegal, Hale & Brook LLP\n2001 - 2004\n• Drafted pleadings\nOTHER JOBS\nU.S. Customs Officer, CBP-DHS');
  assert.deepEqual(found[1], ['U.S. Customs Officer', 'CBP-DHS', '', '']);
});

test('a title written in square brackets ("[Research Assistant]") is read like one in round brackets', () => {
  assert.deepEqual(jobs('RELATED EXPERIENCE\nMarine Science Institute, Harbourtown\n[Research Assistant]\n2011 - 2012\n• Collected climate data'), [['Research Assistant', 'Marine Science Institute', '2011-01-01', '2012-01-01']]);
  // Within a job: another role held there.
  assert.equal(jobs('RELATED EXPERIENCE\nResearch Assistant, Marine Science Institute\n2011 - 2012\n• Collected climate data\n[Research Intern]\n• Wrote data subroutines')[1]?.[0], 'Research Intern');
});

test('a lone word between an employer line and a title line is the employer\'s town', () => {
  assert.deepEqual(findWork(['Harbour Bakery Supplies', 'Leeds', 'SALES ASSISTANT', 'March 2015 - Present', 'Served customers at the counter.']).map((w) => [w.position, w.company]), [['SALES ASSISTANT', 'Harbour Bakery Supplies']]);
});

test('a line opened by its dates and a full stop names the role in its next short sentence ("2013 - 2014. Producer. Booked ...")', () => {
  const found = findWork(['Riverbend Community Radio', 'Sep 2014 - Jun 2015. Night Host. Presented a weekly music show.', 'Jul 2013 - Aug 2014. Producer. Booked guests and edited recordings.']);
  assert.deepEqual(found[1] && [found[1].position, found[1].startDate], ['Producer', '2013-07-01']);
});

test('"advertiser" and "roustabout" are title words', () => {
  assert.deepEqual(findWork(['2015 - 2019', 'Quayside Media Ltd.', 'Advertiser', 'Planned seasonal campaigns.']).map((w) => [w.position, w.company]), [['Advertiser', 'Quayside Media Ltd']]);
  assert.deepEqual(findWork(['Roustabout', 'Northline Drilling', '2010 - 2012']).map((w) => [w.position, w.company]), [['Roustabout', 'Northline Drilling']]);
});

test('beside the title, a name headed by a plural title word is a firm named after its members, not a title', () => {
  assert.deepEqual(pickRoles(['Summer Associate', 'Hale Architects, Dunmore'], ''), { position: 'Summer Associate', company: 'Hale Architects' });
});

test('months and seasons without their year ("February-May", "Summers") are neither a title nor an employer', () => {
  assert.deepEqual(pickRoles(['February-May'], ''), { position: '', company: '' });
  assert.equal(plausibleCompany('March'), false);
});

test('entries above the first dated one, each with its details, are jobs without dates', () => {
  const found = findWork(
    ['Harbor Institute of Technology', 'Robotics Lab', '(Designation: Research Assistant)', '• Built tools to monitor cluster jobs', 'Northgate Systems Ltd', 'Embedded Division', 'May 2015 - July 2017', '(Designation: Software Engineer)', '• Wrote failover middleware'],
    true,
  );
  assert.deepEqual(
    found.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Research Assistant', 'Harbor Institute of Technology', ''],
      ['Software Engineer', 'Northgate Systems Ltd', '2015-05-01'],
    ],
  );
});

test('a date leading a line without a separator dates the title after it ("April 2013 Senior Software Engineer, Tillwave.")', () => {
  assert.deepEqual(findWork(['April 2013 Senior Software Engineer, Tillwave.', 'Built the loyalty app.']).map((w) => [w.position, w.company, w.startDate]), [['Senior Software Engineer', 'Tillwave', '2013-04-01']]);
});

test('a phrase opened by a year ("2014/2015 and 2015/2016 seasons") names no employer', () => {
  assert.equal(plausibleCompany('2014/2015 and 2015/2016 seasons'), false);
  assert.equal(plausibleCompany('21st Century Insurance'), true);
});

test('the line after a dated header without an employer, naming an employer and its place, gives the employer', () => {
  const found = findWork(['Claims Analyst', 'Night Shift Lead', 'March 2012 - June 2015', 'Harlow Mutual - India', '• Reviewed motor claims'], true);
  assert.deepEqual(found[0] && [found[0].company, found[0].startDate], ['Harlow Mutual', '2012-03-01']);
});

test('an employer named with a lowercase letter before a capital or digit ("eTrellis", "i3 Systems") is a name, not prose beside its town', () => {
  assert.deepEqual(pickRoles(['i3 Systems Limited, Pune (Project Trainee)'], ''), { position: 'Project Trainee', company: 'i3 Systems Limited' });
  assert.deepEqual(jobs('EXPERIENCE\neTrellis, Austin, TX\nSupport Analyst\nMarch 2012 - June 2014\n• Answered tickets'), [['Support Analyst', 'eTrellis', '2012-03-01', '2014-06-01']]);
});

test('"server" is a title only at the head of a phrase and not after a software name', () => {
  assert.equal(titleScore('SQL Server') > 0, false);
  assert.equal(titleScore('Exchange Server Knowledge') > 0, false);
  assert.equal(titleScore('Banquet Server') > 0, true);
  assert.equal(titleScore('Bartender/ Server') > 0, true);
  assert.deepEqual(jobs('EXPERIENCE\nNorthgate Data Services\nMarch 2012 - June 2014\nServer administration\n• Patched the mail servers'), [['', 'Northgate Data Services', '2012-03-01', '2014-06-01']]);
});

test('an organisation in mixed case named after its field ("Larkspur Education") is an employer, also right under a job\'s dates', () => {
  assert.equal(plausibleCompany('Larkspur Higher Education'), true);
  assert.equal(plausibleCompany('PROJECT SUMMARY'), false);
  assert.equal(plausibleCompany('Education'), false);
  const text = `EXPERIENCE
Curriculum Consultant
3/1/2010 - 6/1/2015
Larkspur Education
Fairview, CA
• Trained teachers on new classroom software
Curriculum Consultant
9/1/2006 - 3/1/2010
The Learning Depot
Fairview, CA
EDUCATION
Associate's Degree - Education, 2005`;
  assert.deepEqual(jobs(text), [
    ['Curriculum Consultant', 'Larkspur Education', '2010-03-01', '2015-06-01'],
    ['Curriculum Consultant', 'The Learning Depot', '2006-09-01', '2010-03-01'],
  ]);
});

test('dates heading each entry: a first entry naming its role after its dates on the same line reads forward too', () => {
  const text = `EXPERIENCE
2015 - Present Associate Professor, School of Nursing, Eastfield University
2009 - 2015
Assistant Professor, School of Nursing, Eastfield University
2005 - 2009
Clinical Instructor, Harbor General Hospital
2001 - 2005
Staff Nurse, Harbor General Hospital`;
  assert.deepEqual(jobs(text), [
    ['Associate Professor', 'Eastfield University', '2015-01-01', 'Present'],
    ['Assistant Professor', 'Eastfield University', '2009-01-01', '2015-01-01'],
    ['Clinical Instructor', 'Harbor General Hospital', '2005-01-01', '2009-01-01'],
    ['Staff Nurse', 'Harbor General Hospital', '2001-01-01', '2005-01-01'],
  ]);
});

test('a sub-heading opening a section of entries read forward from their dates is no part of the first entry', () => {
  const text = `EXPERIENCE
Healthcare Related
2012 - Present
Practice Manager
Oversaw scheduling and billing for a team of twelve in a family clinic.
2006 - 2012
Lakeview Medical Group
Billing Coordinator
Processed insurance claims for three practices.`;
  assert.deepEqual(jobs(text), [
    ['Practice Manager', '', '2012-01-01', 'Present'],
    ['Billing Coordinator', 'Lakeview Medical Group', '2006-01-01', '2012-01-01'],
  ]);
  // An employer above the first date, with only titles under each date, heads its first entry.
  const promotions = `EXPERIENCE
Kestrel Networks
2018 - Present
Senior Engineer
• Led the platform team
2015 - 2018
Engineer
• Built the billing service`;
  assert.deepEqual(jobs(promotions)[0].slice(0, 2), ['Senior Engineer', 'Kestrel Networks']);
});

test('an employer named with a lowercase letter before a capital follows the title and dates on their line', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSENIOR CONSULTANT (3/04 to Present) eTrellis, Austin, TX\n• Led client engagements'), [['SENIOR CONSULTANT', 'eTrellis', '2004-03-01', 'Present']]);
});

test('a course code after a teaching title ends the title: the course taught is no part of it', () => {
  const text = `TEACHING EXPERIENCE
Instructor MATH 1150 College Algebra
Fernhill State University Department of Mathematics
(2015 - Present)
Taught two sections each semester
Lecturer CS 101 Introduction to Programming
Lakemont Community College (2011 - 2015)
Wrote the lab assignments`;
  assert.deepEqual(
    jobs(text).map((j) => j[0]),
    ['Instructor', 'Lecturer'],
  );
});

test('a list of six items or more ending on a comma under the dates is the job\'s details, not its header', () => {
  const text = `EXPERIENCE
Mar 2014/Now
HARBOURLINE STUDIOS
Storyboarding, Layout, Compositing, Sound Mixing, Lighting, Camera Assist,
Rigging and Rendering`;
  assert.deepEqual(jobs(text), [['', 'HARBOURLINE STUDIOS', '2014-03-01', 'Present']]);
});

test('a job whose header names no title takes the title opening its first detail ("Intern for ...")', () => {
  const text = `INTERNSHIPS
Harbourline Studios, Leeds, UK - June 2019 - Aug 2019
Intern for the Morning Show production team.
Booked guests and wrote the running orders.`;
  assert.deepEqual(jobs(text), [['Intern', 'Harbourline Studios', '2019-06-01', '2019-08-01']]);
});

test('an employer line, its town on the next and then a title, under a job\'s details, is a role held there, not at the job above', () => {
  const text = `WORK EXPERIENCE
Kestrel Motorsports
Dover, Delaware
Pit Crew Member
April 2015 - June 2018
Prepared the cars before each race
Harbor Hardware
Dover, Delaware
Customer Service Associate`;
  assert.deepEqual(jobs(text), [
    ['Pit Crew Member', 'Kestrel Motorsports', '2015-04-01', '2018-06-01'],
    ['Customer Service Associate', 'Harbor Hardware', '', ''],
  ]);
});

test('a middle initial or an initialism ends no part of a header; an outline letter opening the line still does', () => {
  assert.deepEqual(pickRoles(['Legal Secretary, Law Office of Daniel K. Ashworth'], ''), { position: 'Legal Secretary', company: 'Law Office of Daniel K. Ashworth' });
  assert.deepEqual(pickRoles(['Economist, U.S. Bureau of Fisheries'], ''), { position: 'Economist', company: 'U.S. Bureau of Fisheries' });
  assert.deepEqual(pickRoles(['B. Adjunct Lecturer, Harlow Community College'], ''), { position: 'Adjunct Lecturer', company: 'Harlow Community College' });
});

test('titles dated within the span of an employer listed without a title were held there', () => {
  const text = `PROFESSIONAL EXPERIENCE
MERIDIAN PUMPS LTD, 1996 to 2004
Sales Manager (2000 to 2004)
Led a team of six across the northern territory.
Area Representative (1996 to 2000)
Opened forty new dealer accounts.`;
  assert.deepEqual(jobs(text).slice(1), [
    ['Sales Manager', 'MERIDIAN PUMPS LTD', '2000-01-01', '2004-01-01'],
    ['Area Representative', 'MERIDIAN PUMPS LTD', '1996-01-01', '2000-01-01'],
  ]);
});

test('names joined by commas and a closing "&" name one firm; a title or a list of fields is still split', () => {
  assert.deepEqual(pickRoles(['Marsh, Whitcombe & Pellow, PA', 'Dover, Delaware', 'Paralegal (2004 - 2009)'], ''), { position: 'Paralegal', company: 'Marsh, Whitcombe & Pellow' });
  assert.equal(pickRoles(['Director, Sales, Marketing & Design'], '').position, 'Director');
});

test('"References available upon request" closing a section names no title', () => {
  assert.deepEqual(pickRoles(['References available upon request'], ''), { position: '', company: '' });
});

test('a page\'s running header ("Name, Curriculum Vitae, Date") names no employer', () => {
  assert.deepEqual(pickRoles(['Maren Thistlewood, Curriculum Vitae, May 2019', 'Legal Officer'], ''), { position: 'Legal Officer', company: '' });
});

test('a linking word left at the end of a header part by a line wrap is dropped', () => {
  assert.deepEqual(pickRoles(['Visiting Lecturer, Harwell School of Marine Science and'], ''), { position: 'Visiting Lecturer', company: 'Harwell School of Marine Science' });
  // A sentence cut so is left whole: it names no title.
  assert.deepEqual(pickRoles(['And prior to that, served as a Store Admin for the duration of'], ''), { position: '', company: '' });
});

test('a title written in capitals ends where the sentence it opens goes on in lowercase', () => {
  assert.deepEqual(jobs('EXPERIENCE\n• 2006 - 2012: SENIOR SITE ENGINEER mainly supervising road works on two bypass schemes'), [['SENIOR SITE ENGINEER', '', '2006-01-01', '2012-01-01']]);
});

test('a title line under a long detail line without a full stop is a role when the next line does not go on with the sentence', () => {
  const job = ['Senior Data Analyst', 'Harbor Analytics Inc', '2010-01-01', 'Present'];
  assert.deepEqual(jobs('EXPERIENCE\nHarbor Analytics Inc, 2010 - Present\nSenior Data Analyst\nBuilt monthly revenue dashboards for the finance team\nReporting Specialist\nMaintained the nightly loads of the data warehouse'), [
    job,
    ['Reporting Specialist', 'Harbor Analytics Inc', '', ''],
  ]);
  // A line cut after a linking word, or within a name after one, goes on below.
  assert.deepEqual(jobs('EXPERIENCE\nHarbor Analytics Inc, 2010 - Present\nSenior Data Analyst\n• Presented the quarterly results to the board chaired by the Deputy\nDirector\n• Maintained the nightly loads of the data warehouse'), [job]);
  assert.deepEqual(jobs('EXPERIENCE\nHarbor Analytics Inc, 2010 - Present\nSenior Data Analyst\nLooked after the monthly dashboards and the reports sent to the\nFinance Director\nMaintained the nightly loads of the data warehouse'), [job]);
});

test('a detail line opened by a verb in -ing and a preposition ("Liaising with Site Surveyors") names no role', () => {
  assert.deepEqual(jobs('EXPERIENCE\nStore Manager, Harbor Hardware\n2015 - 2018\nOrdered stock and managed a team of twelve\nLiaising with Site Surveyors'), [
    ['Store Manager', 'Harbor Hardware', '2015-01-01', '2018-01-01'],
  ]);
});

test('a title whose head comes before "in" ("Lecturer in Economics") is a role held beside the job', () => {
  const text = 'EXPERIENCE\n2008 - Present: Managing Partner, Ashgrove Legal Partners\nHandles civil and commercial cases\n• Lecturer in Economics, Harwell University';
  assert.deepEqual(jobs(text), [
    ['Managing Partner', 'Ashgrove Legal Partners', '2008-01-01', 'Present'],
    ['Lecturer in Economics', 'Harwell University', '', ''],
  ]);
});

test('a bulleted role with its one date in brackets ("(Summer 2014)") is a job of its own, not the previous job\'s detail', () => {
  const text = 'EXPERIENCE\n- Support Analyst at Ferncliff Bank (2015 - 2018)\n- Junior Data Analyst Intern at Larkspur Labs (Summer 2014)\n- Retail Assistant at Harbor Books (2011 - 2013)';
  assert.deepEqual(jobs(text), [
    ['Support Analyst', 'Ferncliff Bank', '2015-01-01', '2018-01-01'],
    ['Junior Data Analyst Intern', 'Larkspur Labs', '2014-06-01', '2014-06-01'],
    ['Retail Assistant', 'Harbor Books', '2011-01-01', '2013-01-01'],
  ]);
  // A detail ending on a year in brackets names no role.
  assert.deepEqual(jobs('EXPERIENCE\n- Store Manager at Harbor Hardware (2015 - 2018)\n- Opened the second branch (2016)').length, 1);
  const [store] = parseResume('EXPERIENCE\n- Store Manager at Harbor Hardware (2015 - 2018)\n- Opened the branch my family ran (2009)').workExperience;
  assert.equal(store.description, 'Opened the branch my family ran (2009)');
});

test('an award or a promotion at a firm dated within the span of the job above is that job\'s detail, not a job', () => {
  const head = 'Tove Arran\ntove@example.com\nEXPERIENCE\nSales Clerk, Quillby Grocers\n2012 - Present\n- Served the tills.\n';
  for (const detail of ['- Best Employee at Quillby Grocers (2013)', '- Promoted to Team Lead at Pellbrook Ltd (2017)', '- Hackathon Winner, Pellbrook Ltd (2016)']) {
    const found = parseResume(`${head}${detail}`).workExperience;
    assert.deepEqual(found.map((w) => [w.position, w.company]), [['Sales Clerk', 'Quillby Grocers']], detail);
    assert.equal(found[0].description, `Served the tills.\n${detail.slice(2)}`);
  }
});

test('a title line within a job naming an organisation in brackets was held there, not at the job\'s employer', () => {
  const head = 'EXPERIENCE\n2012 - 2016\nLegal Secretary, Marlow & Finch\nTyped briefs and kept the diary.\n';
  assert.deepEqual(jobs(`${head}Night Receptionist (Larkspur Valley Hospital)`).map((j) => j.slice(0, 2)), [
    ['Legal Secretary', 'Marlow & Finch'],
    ['Night Receptionist', 'Larkspur Valley Hospital'],
  ]);
  // "Dept." is a department as written short.
  assert.deepEqual(jobs(`${head}Night Dispatcher (Harbor County Dept. of Roads)`).map((j) => j[1]), ['Marlow & Finch', 'Harbor County Dept. of Roads']);
  // A date or a list in the brackets names no employer.
  assert.deepEqual(jobs(`${head}Night Receptionist (Autumn 11)`).map((j) => j[1]), ['Marlow & Finch', 'Marlow & Finch']);
  assert.deepEqual(jobs(`${head}Night Receptionist (Evening Classes, Lower School)`).map((j) => j[1]), ['Marlow & Finch', 'Marlow & Finch']);
  // Words without a company word or legal form are a remark on the title, as are lowercase ones after the name.
  for (const remark of ['Part Time', 'Night Shift', 'Acting Role', 'Big Four', 'Quillby Clinic wards'])
    assert.deepEqual(jobs(`${head}Night Receptionist (${remark})`).map((j) => j[1]), ['Marlow & Finch', 'Marlow & Finch'], remark);
});

test('an employer labelled within a job ("Company: ...") is a job of its own, and the titles below it were held there', () => {
  const text = `EXPERIENCE
Service Desk Lead
Orbitly Networks - May 2019 to Present
• Ran the night shift of the service desk.
Company: Tamberlane Outsourcing Ltd
Client: Kestrel Retail
• Answered the calls of store staff.
Desktop Support Analyst
• Imaged and shipped laptops.`;
  assert.deepEqual(jobs(text).map((j) => j.slice(0, 2)), [
    ['Service Desk Lead', 'Orbitly Networks'],
    ['', 'Tamberlane Outsourcing Ltd'],
    ['Desktop Support Analyst', 'Tamberlane Outsourcing Ltd'],
  ]);
  // The label's value is read as a header's: its town and state are no part of the name.
  assert.deepEqual(jobs(text.replace('Outsourcing Ltd', 'Outsourcing Ltd, Quarrytown, Vermont')).map((j) => j[1]), ['Orbitly Networks', 'Tamberlane Outsourcing Ltd', 'Tamberlane Outsourcing Ltd']);
  // A withheld name is none.
  assert.deepEqual(jobs(text.replace('Tamberlane Outsourcing Ltd', 'not disclosed')).map((j) => j.slice(0, 2)), [
    ['Service Desk Lead', 'Orbitly Networks'],
    ['Desktop Support Analyst', 'Orbitly Networks'],
  ]);
});

test('a "Promoted to ..." line is a remark on its job, passed over between the title and the dates; listed with dates of its own, it names the new title', () => {
  // Below the title, above the dates: neither an undated job of its own nor the title.
  assert.deepEqual(jobs('EXPERIENCE\nKestrel Freight Co\nDispatcher\nPromoted to Route Planner in 2017\n2014 - 2019\nBooked the night runs'), [['Dispatcher', 'Kestrel Freight Co', '2014-01-01', '2019-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nKestrel Freight Co\nPromoted to Route Planner due to on-time record\nDispatcher\n2014 - 2019\nBooked the night runs'), [['Dispatcher', 'Kestrel Freight Co', '2014-01-01', '2019-01-01']]);
  // Under the dates, before the employer: a remark, not the title.
  assert.deepEqual(jobs('EXPERIENCE\n2014 - 2019\nPromoted to Route Planner\nKestrel Freight Co\nBooked the night runs'), [['', 'Kestrel Freight Co', '2014-01-01', '2019-01-01']]);
  // Between the title and the employer under the dates: the header reads on past it to the employer.
  assert.deepEqual(jobs('EXPERIENCE\n2014 - 2019\nDispatcher\nPromoted to Route Planner\nKestrel Freight Co\nBooked the night runs'), [['Dispatcher', 'Kestrel Freight Co', '2014-01-01', '2019-01-01']]);
  // With dates of its own: the role it gives.
  assert.deepEqual(jobs('EXPERIENCE\nKestrel Freight Co\nPromoted to Route Planner (2017 - 2019)\nPlanned the weekly routes\nDispatcher (2014 - 2017)\nBooked the night runs')[0], ['Route Planner', 'Kestrel Freight Co', '2017-01-01', '2019-01-01']);
});

test('a line of dates after their label ("Since: ... Until: ...", "Period: ...") heads the entry written below it', () => {
  const labelled = 'EXPERIENCE\nSince: March 2016 Until: Currently\nCompany: Harbor Tiles Ltd\nPosition held: Site Manager\nSince: May 2011 Until: February 2016\nCompany: Elm Roofing Ltd\nPosition held: Estimator';
  assert.deepEqual(jobs(labelled), [
    ['Site Manager', 'Harbor Tiles Ltd', '2016-03-01', 'Present'],
    ['Estimator', 'Elm Roofing Ltd', '2011-05-01', '2016-02-01'],
  ]);
  assert.deepEqual(jobs('EXPERIENCE\nPeriod: 2016 - 2019\nHarbor Tiles Ltd\nSite Manager\nLaid out the floors\nPeriod: 2011 - 2016\nElm Roofing Ltd\nEstimator\nPriced the jobs'), [
    ['Site Manager', 'Harbor Tiles Ltd', '2016-01-01', '2019-01-01'],
    ['Estimator', 'Elm Roofing Ltd', '2011-01-01', '2016-01-01'],
  ]);
});

test('a job under a run of several jobs\' dates keeps no range running back in time', () => {
  assert.deepEqual(jobs('EXPERIENCE\nSince 2019 - Feb 2017 - Jun 2019 - May 2014 - Jan 2017\nGrowth Analyst, Tessel Foods\nPriced the spring range'), [['Growth Analyst', 'Tessel Foods', '2019-01-01', 'Present']]);
  assert.deepEqual(jobs('EXPERIENCE\nTessel Foods\nGrowth Analyst\n2018 - 2016 - 2015\nPriced the spring range'), [['Growth Analyst', 'Tessel Foods', '', '']]);
  // Seasons listed newest first run from the earliest to the latest.
  assert.deepEqual(jobs('EXPERIENCE\nSwim Coach, Alder Canoe Club\nSummer 2009, Summer 2007\nLed the river trips'), [['Swim Coach', 'Alder Canoe Club', '2007-06-01', '2009-06-01']]);
});

test('below a thin header (a title and its dates), a line told in the past tense ("Ran the desk") is a detail, not the employer', () => {
  const text = 'EXPERIENCE\nNight Editor (2012 - 2015)\nRan the desk\n• Edited copy for the morning paper\nReporter (2009 - 2012)\nCovered courts\n• Filed two stories a day';
  assert.deepEqual(jobs(text), [
    ['Night Editor', '', '2012-01-01', '2015-01-01'],
    ['Reporter', '', '2009-01-01', '2012-01-01'],
  ]);
  assert.equal(parseResume(text).workExperience[0].description.split('\n')[0], 'Ran the desk');
  assert.equal(plausibleCompany('Covered courts'), false);
  assert.equal(plausibleCompany('Applied Optics'), true);
  // A heading over the job's details ("Main contributions") names no one either.
  assert.deepEqual(jobs('EXPERIENCE\nJob Title: Data Architect (2019 - 2022)\nMain contributions\n• Built the warehouse'), [['Data Architect', '', '2019-01-01', '2022-01-01']]);
});

test('a lead-in naming the post ("Held the position of", "Assumed the role of") is no part of the title, nor is the town after "in"', () => {
  const text = 'EXPERIENCE\n2016 - 2019: Took the position of Payroll Supervisor in Elm Grove, IL where I ran the monthly close.\n2012 - 2016: Held the position of Night Auditor - hotels - and front desk. Kept the books balanced.';
  assert.deepEqual(jobs(text), [
    ['Payroll Supervisor', '', '2016-01-01', '2019-01-01'],
    ['Night Auditor', '', '2012-01-01', '2016-01-01'],
  ]);
  assert.deepEqual(jobs('Experience\n1. Assumed the role of Claims Adjuster (2011 - 2014),\n2. Served as a Claims Clerk (2008 - 2011)'), [
    ['Claims Adjuster', '', '2011-01-01', '2014-01-01'],
    ['Claims Clerk', '', '2008-01-01', '2011-01-01'],
  ]);
});
