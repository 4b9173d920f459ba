import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { findDesignation } from '../../src/engine/parse/headline.ts';
import { plausibleCompany } from '../../src/engine/parse/job-header.ts';
import { findWork, rolesInProse, withProseRoles } from '../../src/engine/parse/work.ts';

test('the headline under the name is the designation', () => {
  const r = parseResume(`Priya Raman
Senior Data Analyst
Chennai, Tamil Nadu | priya.raman@example.com

EXPERIENCE
Data Analyst - Northwind Traders Ltd
March 2018 to Present`);
  assert.equal(r.designation, 'Senior Data Analyst');
});

test('the designation comes from a summary when there is no headline', () => {
  assert.equal(findDesignation(['Tom Hale', 'tom@example.com'], 'A highly motivated, creative Web Developer with five years of agency work.'), 'Web Developer');
  assert.equal(findDesignation(['Tom Hale', 'Seeking a position as an Office Administrator'], ''), 'Office Administrator');
  assert.equal(findDesignation(['Marketing Assistant CV Template'], ''), 'Marketing Assistant');
  // A company line or a sentence is not a designation.
  assert.equal(findDesignation(['Bluewave Software Pvt Ltd', 'Expert in advanced development methodologies'], ''), '');
});

test('jobs without dates are read from the experience section line by line', () => {
  const r = parseResume(`Anna Berg

TEACHING EXPERIENCE
Science Teacher, Maple Grove Middle School, Dayton, OH
• Taught biology and earth science to grades 6-8
• Led the after-school robotics club
Substitute Teacher, Riverside School District
• Covered classes in all subjects

EDUCATION
Bachelor of Science in Education, Wright State University`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Science Teacher', 'Maple Grove Middle School'],
      ['Substitute Teacher', 'Riverside School District'],
    ],
  );
});

test('template years (19xx - 20xx) anchor a job like real ones', () => {
  const r = parseResume(`Sam Ortiz
EXPERIENCE
Store Manager, Corner Grocery Inc, 19xx - 20xx
• Ran a team of twelve`);
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company, w.startDate]), [['Store Manager', 'Corner Grocery Inc', '']]);
});

test('a company name ending in Technologies is not a skills heading, and Technologies: inside a job is a label', () => {
  const r = parseResume(`Lee Park
Professional Experience
Brightline Technologies
Embedded Engineer - June 2015 to Present
Technologies:
C, RTOS
Kestrel Systems Pvt Ltd, Pune (Jul 11 - May 15)
Role: Firmware Developer`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Embedded Engineer', 'Brightline Technologies'],
      ['Firmware Developer', 'Kestrel Systems Pvt Ltd'],
    ],
  );
});

test('sentences, dates, skills and clients are not employers', () => {
  assert.equal(plausibleCompany('Developed spreadsheets for risk analysis on exotic derivatives'), false);
  assert.equal(plausibleCompany('Participate in key business planning for company products'), false);
  assert.equal(plausibleCompany('Nov 2013'), false);
  assert.equal(plausibleCompany('JavaScript'), false);
  assert.equal(plausibleCompany('Harbor Freight Logistics'), true);
  assert.equal(plausibleCompany('Bank of the West'), true);
  const r = parseResume(`Ravi Kumar
EXPERIENCE
Test Lead, Zenith Infotech
Client: Northwind Energy
January 2012 - November 2012`);
  assert.deepEqual(r.workExperience.map((w) => w.company), ['Zenith Infotech']);
});

test('education: school-level entries give way to degrees, a school after the degree is cut off, "Master Plan" is no degree', () => {
  const r = parseResume(`Nina Das
EDUCATION
M.Tech. Riverbend Technological University, 2012
12th, Hillside Public School, 2006
10th, Hillside Public School, 2004
EXPERIENCE
Planner, Urban Works Ltd, 2013 - 2016
Drafted the Master Plan for the riverfront`);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate.slice(0, 4)]),
    [['M.Tech.', 'Riverbend Technological University', '2012']],
  );
});

test('a bulleted "Title in Company" line heads its job', () => {
  const r = parseResume(`Ana Silva
WORK EXPERIENCE
• Junior Data Engineer in Bluewave Systems Pvt Ltd. (via Crestline Staffing)
• Maintained reporting scripts (March 2019 onwards)`);
  assert.deepEqual(r.workExperience.map((w) => [w.position, w.company]), [['Junior Data Engineer', 'Bluewave Systems Pvt Ltd']]);
});

test('titles without a listed title word: plurals, agent nouns, a lone phrase; a place or client is no title', () => {
  const r = parseResume(`Experience
1. Dog Groomers (2015 - 2018)
2. General farm and ranch work (2012 - 2015)
3. Denver, Colorado
Harbor Freight Logistics | Aug 2010 - May 2012`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Dog Groomers', ''],
      ['General farm and ranch work', ''],
      ['', 'Harbor Freight Logistics'],
    ],
  );
});

test('an expected graduation date a few lines below the degree is its end date; "Graduation date" is no degree', () => {
  const r = parseResume(`Lee Chan
Education
Lakeshore University College of Technology, Fairview, IN
Bachelor of Science in Computer and Information Technology
Fairview, Indiana
Expected Graduation date: May 2010`);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate]),
    [['Bachelor of Science in Computer and Information Technology', 'Lakeshore University College of Technology', '2010-05-01']],
  );
});

test('an organisation line ending in a full stop, a remark in brackets and a duration line do not hide the employer', () => {
  const r = parseResume(`EMPLOYMENT HISTORY
2 GRANITE CASTINGS INDUSTRIES LTD, NAGPUR, INDIA.
(A Quality-Certified Firm)
Duration: 6 Years (1995 - 2001)
Level Designer
March 2013 to June 2014
1 Year 3 Months
Bluefin Games Pvt. Ltd., Chennai
o Built puzzle levels for mobile titles`);
  assert.deepEqual(
    r.workExperience.map((w) => w.company),
    ['GRANITE CASTINGS INDUSTRIES LTD', 'Bluefin Games Pvt. Ltd'],
  );
  assert.equal(plausibleCompany('C++/Qt'), false);
  assert.equal(plausibleCompany('Systems Engineer'), false);
  assert.equal(plausibleCompany('Responsibilities'), false);
});

test('roles stated in prose ("worked as X with Y") when no job carries its own header', () => {
  const dated = parseResume(`Experience
Currently working as a Software Engineer in Bluewave Systems Pvt Ltd since 2019.`);
  assert.deepEqual(dated.workExperience.map((w) => [w.position, w.company, w.startDate]), [['Software Engineer', 'Bluewave Systems Pvt Ltd', '2019-01-01']]);
  const prose = parseResume(`Experience
I worked as Technical Consultant with Harbor Freight Logistics, Denver. Later I served as project manager for two years.`);
  assert.deepEqual(
    prose.workExperience.map((w) => [w.position, w.company]),
    [
      ['Technical Consultant', 'Harbor Freight Logistics'],
      ['project manager', ''],
    ],
  );
  assert.deepEqual(rolesInProse(['I worked as part of a small team.']), []);
  assert.deepEqual(rolesInProse(['Worked as a team member in the Harbor telemetry project.']), []);
  // When one worked is no employer: the job above holds the role.
  assert.deepEqual(rolesInProse(['Worked at Weekends as Lifeguard at the outdoor pool.']).map((w) => w.company), ['']);
  const job = parseResume('Experience\nLifeguard\nHarbor Leisure Centre\nJune 2015 - August 2017\nWorked at Weekends as Lifeguard at the outdoor pool');
  assert.deepEqual(job.workExperience.map((w) => [w.position, w.company]), [['Lifeguard', 'Harbor Leisure Centre']]);
});

test('a grammar, sixth-form or plain "... School" gives way to a degree; a graduate school does not', () => {
  const r = parseResume(`Omar Reed
EDUCATION
BSc Chemistry, Northgate University, 2016
Kingsley Grammar School, 2012
MBA, Harlow School of Business, 2020`);
  assert.deepEqual(
    r.education.map((e) => e.school),
    ['Northgate University', 'Harlow School of Business'],
  );
});

test('a school name broken across lines is joined', () => {
  const r = parseResume(`Ida Moss
Education
1996 - 2000: Bachelor of Science in Biology, Lakeside Technological
University`);
  assert.deepEqual(r.education.map((e) => [e.degree, e.school, e.endDate]), [['Bachelor of Science in Biology', 'Lakeside Technological University', '2000-01-01']]);
});

test('headlines: a template names its job, a name-like title once the name is known, a title with digits in a word, a title line further down', () => {
  assert.equal(findDesignation(['Bookbinder Resume Template', 'Dana Cole'], ''), 'Bookbinder');
  assert.equal(findDesignation(['Sample Resume', 'Dana Cole'], ''), '');
  assert.equal(findDesignation(['Dana Cole', 'HELP DESK SUPPORT', 'dana@example.com'], '', 'Dana Cole'), 'HELP DESK SUPPORT');
  assert.equal(findDesignation(['Title', 'Sr. J2EE Developer'], ''), 'Sr. J2EE Developer');
  const header = ['Dana Cole', '12 Elm Row', 'Leeds', 'LS1 4AB', 'dana@example.com', '07700 900123', 'Age: 24', 'Single', 'Junior Network Engineer'];
  assert.equal(findDesignation(header, '', 'Dana Cole'), 'Junior Network Engineer');
});

test('headlines: a header or summary line opening on the title before its years of experience', () => {
  const header = ['Dana Cole', 'Leeds - dana@example.com', 'Senior data engineer with more than 7 years of experience in Spark and Kafka.'];
  assert.equal(findDesignation(header, '', 'Dana Cole'), 'Senior data engineer');
  assert.equal(findDesignation(['Dana Cole'], 'Versatile HR professional with 10+ years across hiring and payroll.', 'Dana Cole'), 'HR professional');
  assert.equal(findDesignation(['Dana Cole'], 'Hands-on experience with 3 years of Python.', 'Dana Cole'), '');
});

test('headlines: "seeking a position as an X with ..." names X', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Seeking a position as an Educational Assistant with the county school system.', 'Dana Cole'), 'Educational Assistant');
});

test('headlines: the title an objective seeks ("a career as a veterinary assistant")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Recent graduate eager to launch a career as a veterinary assistant.', 'Dana Cole'), 'veterinary assistant');
  assert.equal(findDesignation(['Dana Cole'], 'Seeking a position as Lead Service Technician with a dealership group.', 'Dana Cole'), 'Lead Service Technician');
  assert.equal(findDesignation(['Dana Cole'], 'Seeking a position as soon as possible.', 'Dana Cole'), '');
});

test('headlines: a title holding an organisation word ("Software Engineer") under the name', () => {
  assert.equal(findDesignation(['Dana Cole', 'Software Engineer', 'dana@example.com'], '', 'Dana Cole'), 'Software Engineer');
  assert.equal(findDesignation(['Dana Cole', 'Harlow Software Services', 'dana@example.com'], '', 'Dana Cole'), '');
});

test('headlines: a title whose head comes before "of" or "at" ("Attorney at Law", "Head of Operations")', () => {
  assert.equal(findDesignation(['Dana Whitfield', 'Attorney at Law', 'dana@example.com'], ''), 'Attorney at Law');
  assert.equal(findDesignation(['Dana Whitfield', 'Head of Operations', 'dana@example.com'], ''), 'Head of Operations');
  // A title of an organisation is not a headline by itself.
  assert.equal(findDesignation(['Dana Whitfield', 'Director of Riverbend Solutions'], ''), '');
});

test('chairs, counsel and solicitors hold job titles', () => {
  assert.equal(findDesignation(['Morgan Lee', 'Trainee Solicitor'], '', 'Morgan Lee'), 'Trainee Solicitor');
  assert.deepEqual(parseResume('EXPERIENCE\nDepartment Chair, Westfield Community College\n2012 - 2018').workExperience.map((w) => w.position), ['Department Chair']);
});

test('roles stated in prose beside dated jobs: "joined as X", "N months of experience in Y as X"; a body worked "for" is a client', () => {
  const r = parseResume(`EXPERIENCE
Data Analyst, Pellucid Analytics Pvt Ltd
June 2016 - Present
• Joined as Associate Analyst and moved to the reporting team in 2017.
• 14 months of experience in Northgate Bank as Phone Banker.
• Worked as Support Engineer for Halcyon Retail.
• Worked as Data Analyst with Pellucid Analytics Pvt Ltd.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Data Analyst', 'Pellucid Analytics Pvt Ltd', '2016-06-01'],
      ['Associate Analyst', '', ''],
      ['Phone Banker', 'Northgate Bank', ''],
      ['Support Engineer', '', ''],
    ],
  );
});

test('prose naming the employer before the role ("associated with Y as X", "working currently at Y as X")', () => {
  assert.deepEqual(
    rolesInProse(['Presently associated with Brightwave Analytics as a Data Engineer since 2019.', 'Working currently at Harbor Freight Logistics as an Inventory Planner.']).map((w) => [w.position, w.company]),
    [
      ['Data Engineer', 'Brightwave Analytics'],
      ['Inventory Planner', 'Harbor Freight Logistics'],
    ],
  );
  assert.deepEqual(rolesInProse(['Worked with Ansible as a configuration tool.']), []);
});

test('prose naming the employer one joined and when ("joined Brightwave Systems in July 2011"), unless a listed job names it', () => {
  assert.deepEqual(
    rolesInProse(['He joined Brightwave Systems in July 2011 and leads the data team.', 'She joined the team in 2012.']).map((w) => [w.position, w.company]),
    [['', 'Brightwave Systems']],
  );
  assert.deepEqual(
    findWork(['Data Engineer, Brightwave Systems Ltd', '2011 - 2015', 'Joined Brightwave in 2011 after a summer internship.']).map((w) => [w.position, w.company]),
    [['Data Engineer', 'Brightwave Systems Ltd']],
  );
});

test('a role in prose names no employer past the end of its sentence, nor one ending on a lowercase word', () => {
  assert.deepEqual(
    rolesInProse(['Currently employed as a Junior Data Analyst at Ferncliff Logistics. Familiar with the Oakmont Systems billing platform.']).map((w) => [w.position, w.company]),
    [['Junior Data Analyst', 'Ferncliff Logistics']],
  );
  assert.deepEqual(
    rolesInProse(['Having 6 years of experience in BPO industry as Team Coordinator.']).map((w) => [w.position, w.company]),
    [['Team Coordinator', '']],
  );
});

test('a role in prose may name the employer\'s town and state before the title', () => {
  assert.deepEqual(
    rolesInProse(['Currently employed with Larkfield Academy, Dover, Delaware as a Science Teacher. Before that I taught abroad.']).map((w) => [w.position, w.company]),
    [['Science Teacher', 'Larkfield Academy']],
  );
});

test('a summary tells a role by the years spent in it ("Seven years of experience as X"); an experience section does not', () => {
  const resume = (summary: string, detail: string) =>
    parseResume(['Dana Whitfield', 'dana.whitfield@example.com', 'SUMMARY', summary, 'EXPERIENCE', 'Teller', 'Larkfield Savings Bank', 'Jan 2015 - Present', detail].join('\n'));
  const positions = (text: ReturnType<typeof parseResume>) => text.workExperience.map((w) => w.position);
  assert.deepEqual(positions(resume('Six years of experience as deputy branch supervisor, trusted with cash audits.', 'Balanced the vault daily.')), ['Teller', 'deputy branch supervisor']);
  assert.deepEqual(positions(resume('Friendly and reliable.', 'Spent 3 years as a Cashier, then trained new staff.')), ['Teller']);
});

test('a summary sentence wrapped over two lines still tells its role, dated only by its own sentence', () => {
  const resume = parseResume(
    [
      'Dana Whitfield',
      'CAREER SUMMARY',
      'Patient educator who has coached debating teams and taught economics.',
      'I have taught economics since 2012. After my degree I worked with Larkfield Grammar School as a',
      'Junior Economics Teacher for two years, then moved to Dover.',
      'EXPERIENCE',
      'Economics Teacher',
      'Kestrel Valley School',
      'Jan 2016 - Present',
    ].join('\n'),
  );
  assert.deepEqual(
    resume.workExperience.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Economics Teacher', 'Kestrel Valley School', '2016-01-01'],
      ['Junior Economics Teacher', 'Larkfield Grammar School', ''],
    ],
  );
});

test('a role told in prose at another employer is kept though a listed job has its title; one at a listed employer, named in full, is not', () => {
  const r = findWork([
    'Team Lead, Harbor Analytics',
    'June 2014 - May 2016',
    '• Led a team of six analysts.',
    '• Earlier worked with Ferncliff Systems Ltd. as Team Lead for a year.',
    '• Worked as Team Lead with Harbor Analytics Pvt Ltd on the billing platform.',
  ]);
  assert.deepEqual(
    r.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Team Lead', 'Harbor Analytics', '2014-06-01'],
      ['Team Lead', 'Ferncliff Systems Ltd', ''],
    ],
  );
});

test('an employer told after a verb of working without the role held there ("Worked for Harbor Informatics Centre"), not a client, product or team', () => {
  assert.deepEqual(
    rolesInProse([
      '• Worked for Harbor Informatics Centre under two payrolls.',
      '• Working in payments support at Ferncliff Systems Ltd., Pune since 2019.',
      '• Worked with Ansible and Jenkins for the release team.',
      '• Worked in Denver for a year.',
      '• Worked on stress scenarios for Liquidity Forecasting.',
      '• Worked closely with the Finance Department to close the books.',
      '• Worked with Cloud Data Services and Tableau dashboards.',
    ]).map((w) => [w.position, w.company]),
    [
      ['', 'Harbor Informatics Centre'],
      ['', 'Ferncliff Systems Ltd'],
    ],
  );
  // An employer a listed job already names adds no job.
  assert.deepEqual(
    findWork(['Data Engineer, Harbor Informatics Centre', '2015 - 2018', '• Worked for Harbor Informatics Centre on the census pipeline.']).map((w) => [w.position, w.company]),
    [['Data Engineer', 'Harbor Informatics Centre']],
  );
});

test('an employer and its town above a line describing the firm head the title dated below them', () => {
  const r = findWork([
    'Grew regional revenue 30% in two years.',
    'Larkspur Freight Systems, Inc.',
    'Dayton, OH',
    'Regional carrier of refrigerated goods; 1,200 employees.',
    'VICE PRESIDENT OF OPERATIONS (2009 to 2014)',
    'Cut delivery times by a fifth across four depots.',
  ]);
  assert.deepEqual(r.map((w) => [w.position, w.company]), [['VICE PRESIDENT OF OPERATIONS', 'Larkspur Freight Systems, Inc.']]);
});

test("the candidate's own name beside a role held within a job is no employer", () => {
  const r = findWork(['Teaching Assistant, Harlow University', 'January 2019 - May 2021', 'Graded weekly problem sets.', 'Research Assistant, Priya Nandakumar', 'Built a crawler for transit data.'], true, 'Priya Nandakumar');
  assert.deepEqual(
    r.map((w) => [w.position, w.company]),
    [
      ['Teaching Assistant', 'Harlow University'],
      ['Research Assistant', 'Harlow University'],
    ],
  );
});

test('the department an academic CV gives as its address under the name is where the candidate works', () => {
  const r = parseResume(`Priya Nandakumar
Department of Applied Statistics, Harlow University
12 College Road, Dover, DE
priya@example.edu
EXPERIENCE
Research Fellow, Larkspur Institute
2015 - 2018`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Research Fellow', 'Larkspur Institute'],
      ['', 'Department of Applied Statistics'],
    ],
  );
});

test('an office named after the post heading it, given as the address, is where the candidate works', () => {
  const r = parseResume(`Tomas Ferreira
Office of the Dean of Admissions
Harlow University
tomas@example.edu
EXPERIENCE
Admissions Counselor, Larkspur College
2012 - 2016`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Admissions Counselor', 'Larkspur College'],
      ['', 'Office of the Dean of Admissions'],
    ],
  );
});

test('a date line ending in a colon introduces the entry below it, though other entries put their dates last', () => {
  const r = findWork(['2016 - 2019:', 'Ferncliff Foods', 'Shift Lead', 'Payroll and rota planning', '2012 - 2015:', 'Harbor Logistics', 'Warehouse Supervisor', 'Night shift operations', 'Cashier, Elm Market', '2010 - 2012']);
  assert.deepEqual(
    r.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Shift Lead', 'Ferncliff Foods', '2016-01-01'],
      ['Warehouse Supervisor', 'Harbor Logistics', '2012-01-01'],
      ['Cashier', 'Elm Market', '2010-01-01'],
    ],
  );
});

test('a remark in brackets under the title does not take the employer\'s place among the header lines', () => {
  const r = findWork(['Elm Secondary School', 'Mathematics Teacher', '(Years 7 and 8)', 'January 2004 to January 2005', '• Raised the pass rate by a third.']);
  assert.deepEqual(r.map((w) => [w.position, w.company]), [['Mathematics Teacher', 'Elm Secondary School']]);
});

test('a line naming one firm by its legal form, within a job\'s lines, is an employer of its own; a list of names is not', () => {
  const r = findWork(['Postdoctoral Scientist, Harlow University', '2010 - Present', 'Studied ranking models for transit data.', 'Larkspur Systems, Inc.', 'Mountain View, CA', 'Analysed search traffic.', 'Brookvale Legal Group, Orbit Media Inc.', 'PLC Programming']);
  assert.deepEqual(
    r.map((w) => [w.position, w.company]),
    [
      ['Postdoctoral Scientist', 'Harlow University'],
      ['', 'Larkspur Systems, Inc'],
    ],
  );
});

test('a role told in prose without an employer takes the one named later in its sentence at, with or in, not the one it worked for', () => {
  assert.deepEqual(
    rolesInProse(['Served as Classroom Aide for Years 4 and 5 at Larkspur Elementary School.', 'Worked as Support Engineer for Halcyon Retail Group.']).map((w) => [w.position, w.company]),
    [
      ['Classroom Aide', 'Larkspur Elementary School'],
      ['Support Engineer', ''],
    ],
  );
});

test('a student\'s department in the address block is where one studies, no employer', () => {
  const lines = ['Jordan Vale', 'Undergraduate Student', 'Department of Computer Science, Harwell University', 'jvale@example.edu'];
  assert.deepEqual(withProseRoles([], lines, true), []);
  assert.deepEqual(withProseRoles([], ['Jordan Vale', 'Associate Professor', 'Department of Computer Science, Harwell University'], true).map((w) => w.company), ['Department of Computer Science']);
});

test('whom a summary says one worked "for" as a title is the employer; inside a job "for" names its client', () => {
  assert.deepEqual(
    rolesInProse(['• Worked as Support Analyst for Orbitline Data, USA.'], true).map((w) => [w.position, w.company]),
    [['Support Analyst', 'Orbitline Data']],
  );
  assert.deepEqual(rolesInProse(['• Working as Billing Consultant for Orbitline Data, Canada.']).map((w) => [w.position, w.company]), [['Billing Consultant', '']]);
});

test('a line opened by a title and naming where it was held is a role of its own', () => {
  const r = parseResume(`Mira Solen
mira@example.com
EXPERIENCE
Subtitle editor for Northwind Media (May to June)
Content writer at Brightpath
Wrote product copy for web and mobile stores and planned the posts for each release.
Loan Officer for Alder Bank and Birch Savings Bank; opened branches in three towns.
Payroll Managers for ORBIT. The team shipped it in a year.
Director for Outreach.
Copy Editor, Larkspur Publishing Ltd, 2015 - 2017
Checked proofs of twenty titles a year.`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [
      ['Copy Editor', 'Larkspur Publishing Ltd'],
      ['Subtitle editor', 'Northwind Media'],
      ['Content writer', 'Brightpath'],
      // Two employers, each named by a company word; "for" a field or a product's name (in the plural) names none.
      ['Loan Officer', 'Alder Bank'],
      ['Loan Officer', 'Birch Savings Bank'],
    ],
  );
});

test('the employers a summary lists after a label each come with the place, title and dates given after them', () => {
  const r = parseResume(`Ravi Menon
ravi@example.com
Previous Employers: Alder Bank as Loan Officer (March 2014 - June 2016), Birch Labs, Canada (from Jan 2011 - Feb 2014), Cedar Freight Corp (May 2009-
August 2010)
EXPERIENCE
Credit Analyst, Elm Finance Ltd
July 2016 - Present`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]),
    [
      ['Credit Analyst', 'Elm Finance Ltd', '2016-07-01', 'Present'],
      ['Loan Officer', 'Alder Bank', '2014-03-01', '2016-06-01'],
      // "Canada" is where Birch Labs is.
      ['', 'Birch Labs', '2011-01-01', '2014-02-01'],
      ['', 'Cedar Freight Corp', '2009-05-01', '2010-08-01'],
    ],
  );
});

test('a line naming a title "at" or "for" something within a dated job\'s details is a detail, not a job of its own', () => {
  const text = (detail: string) => `Tove Arran\ntove@example.com\nEXPERIENCE\nCashier, Quillby Grocers\n2015 - 2019\nServed the tills.\n${detail}`;
  for (const detail of ['Cashier at Front Desk.', 'Supervisor at Night.', 'Project Lead for ERP Rollout.', 'Account Manager for NBK.', 'Charge Nurse for ICU.'])
    assert.deepEqual(
      parseResume(text(detail)).workExperience.map((w) => [w.position, w.company]),
      [['Cashier', 'Quillby Grocers']],
      detail,
    );
  // Also within a job dated by one year, above the first range of dates.
  const lone = 'Tove Arran\ntove@example.com\nEXPERIENCE\nCashier, Quillby Grocers\n2015\nServed the tills.\nSupervisor at Night.\nKept the shelves full and tidy every day.\nStock Clerk, Pellbrook Freight\n2016 - 2018';
  assert.deepEqual(
    parseResume(lone).workExperience.map((w) => w.company),
    ['Quillby Grocers', 'Pellbrook Freight'],
  );
});

test('above the dated jobs, a clause opened by a verb or a place after "at" names no role', () => {
  const text = (line: string) => `Tove Arran\ntove@example.com\nEXPERIENCE\n${line}\nI like to keep every customer happy and every shelf full.\nCashier, Quillby Grocers\n2015 - 2019`;
  for (const line of ['Supported the manager at Pellbrook Freight.', 'Courier at New Jersey.'])
    assert.deepEqual(
      parseResume(text(line)).workExperience.map((w) => [w.position, w.company]),
      [['Cashier', 'Quillby Grocers']],
      line,
    );
});

test('an employer told in short in prose is the one listed with a dash and its town after its name, not a job of its own', () => {
  const r = parseResume('Tove Arran\ntove@example.com\nEXPERIENCE\nQUILLBY ANALYTICS- DOVER\nData Analyst\n2015 - 2019\nJoined Quillby Analytics in July 2015 to build the sales models.');
  assert.deepEqual(
    r.workExperience.map((w) => [w.position, w.company]),
    [['Data Analyst', 'QUILLBY ANALYTICS- DOVER']],
  );
});

test('a listed employer is read as a header: a town and state alone name none, a legal form after a comma stays', () => {
  const r = parseResume(`Ravi Menon
ravi@example.com
Prior Companies: Quillby Corp (2014 - 2016), Dover, DE (2010 - 2012), Pellbrook, Inc. (2008 - 2010)
EXPERIENCE
Credit Analyst, Elm Finance Ltd
July 2016 - Present`);
  assert.deepEqual(
    r.workExperience.map((w) => [w.company, w.startDate]),
    [
      ['Elm Finance Ltd', '2016-07-01'],
      ['Quillby Corp', '2014-01-01'],
      ['Pellbrook, Inc', '2008-01-01'],
    ],
  );
});
