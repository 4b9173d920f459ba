import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parts, pickRoles, plausibleCompany } from '../../src/engine/parse/job-header.ts';
import { isCity } from '../../src/engine/parse/places.ts';
import { jobs } from './fixtures.ts';

test('a grant opened by the sum awarded names its funder, not an employer', () => {
  const text = 'EXPERIENCE\nProfessor of Sociology, Harwell University, 2001 - Present\nTeaches rural sociology and research methods\nResearch Grants (selected)\n$250,000: Funding of rural schools. Brightwater Foundation (2006-2008)\n$90,000: Teacher retention in small towns. Alder Trust (2010-2011)';
  assert.deepEqual(jobs(text), [['Professor of Sociology', 'Harwell University', '2001-01-01', 'Present']]);
});

test('a citation opened by its first author and initials heads a paper: its lines name no employer', () => {
  const text = 'EXPERIENCE\nData Engineer, Corvid Systems Ltd, 2015 - Present\nBuilt the nightly loads of the data warehouse\n• Wrote an early paper on reading sensor logs with decision trees\nOkafor, T., Mining Sensor Logs: A Comparison of Decision Trees and Naive\nBayes, 2004, available online: http://example.org/okafor04.pdf\nSummer placements (2001-2003):\n• Harbor Analytics Inc';
  assert.deepEqual(jobs(text), [['Data Engineer', 'Corvid Systems Ltd', '2015-01-01', 'Present']]);
});

test('an activity written with a common noun in lowercase ("Assessment in Drama lessons") names no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nAssessment in Drama and Music lessons, Elmwood district schools\nSeptember 2012 - December 2012\nMarked rehearsals and kept a reflective journal'), []);
  assert.deepEqual(jobs('EXPERIENCE\nFreelance Developer\n2016 - 2018\nTemplate creation for Flowboard (HTML/CSS)\n2015 - 2016'), [
    ['Freelance Developer', '', '2016-01-01', '2018-01-01'],
  ]);
});

test('a single word between a title and a state is the town the job was in', () => {
  assert.deepEqual(jobs('EXPERIENCE\nHead Lifeguard, Millbrook, NE\n2009 - 2011\nSupervised a team of six guards'), [['Head Lifeguard', '', '2009-01-01', '2011-01-01']]);
  // Two or more words keep being read as the employer ("Title, Employer, ST").
  assert.deepEqual(jobs('EXPERIENCE\nHead Lifeguard, Millbrook Aquatic Center, NE\n2009 - 2011'), [['Head Lifeguard', 'Millbrook Aquatic Center', '2009-01-01', '2011-01-01']]);
});

test('a template placeholder left in ("Name Of Company - City, ST", "Some College") names no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nName Of Company - City, ST\nSales Associate\n2010 - 2012\nServed customers at the till'), [['Sales Associate', '', '2010-01-01', '2012-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nMath Teacher\nSome College, City, ST\n2014 - 2016'), [['Math Teacher', '', '2014-01-01', '2016-01-01']]);
});

test('a seat on a committee ("Member, Library Planning Committee for ..., HSU") is service: it names no employer', () => {
  const text = 'EXPERIENCE\n2001 - Present: Professor of History, Harwell State University\nTeaches modern European history\n2005-2007: Member, Library Planning Committee for School of Nursing, HSU\n2008-2010: Chair, Timetabling Committee, Faculty of Science, HSU';
  assert.deepEqual(jobs(text), [['Professor of History', 'Harwell State University', '2001-01-01', 'Present']]);
});

test('a remark in brackets after a title ("Engineering Intern (Co-op)") is no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nCivil Engineering Intern (Co-op) - May 2010 to August 2012\nHarbor Transit Authority\nSurveyed bridge decks'), [
    ['Civil Engineering Intern', 'Harbor Transit Authority', '2010-05-01', '2012-08-01'],
  ]);
  assert.deepEqual(pickRoles(['Payroll Analyst (Contract)'], ''), { position: 'Payroll Analyst', company: '' });
  // The remark still ends the title, which a sentence may follow.
  assert.deepEqual(pickRoles(['Field Service Engineer (Level 2) with a focus on improving the uptime of hydraulic presses'], ''), { position: 'Field Service Engineer', company: '' });
  // An organisation in brackets stays one.
  assert.deepEqual(pickRoles(['Web Developer (at Harbor Media Group)'], ''), { position: 'Web Developer', company: 'Harbor Media Group' });
});

test('", in Town" after an employer is where the job was, not part of the name', () => {
  assert.deepEqual(pickRoles(['LEGAL OFFICER, NORTHERN WATER COUNCIL, in Port Hedland'], ''), { position: 'LEGAL OFFICER', company: 'NORTHERN WATER COUNCIL' });
});

test('a line closing a bracket it never opened goes on from the line above and names no employer', () => {
  const text = 'EXPERIENCE\nBrightwater College\na member of the Harwell group, Dover, DE, accredited by (ABHES,\nCOE) 2012 - 2014\nCampus Director';
  assert.deepEqual(jobs(text), [['Campus Director', '', '2012-01-01', '2014-01-01']]);
});

test('fields listed before a title\'s head ("Tools, Paint & Hardware Sales Associate") are one title, not an employer and a title', () => {
  assert.deepEqual(pickRoles(['Tools, Paint & Hardware Sales Associate'], ''), { position: 'Tools, Paint & Hardware Sales Associate', company: '' });
});

test('"FREE LANCE" and a heading opened by "Other" name no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nFREE LANCE\nJune 2015 - May 2017\nEdited wedding videos for local clients'), []);
  assert.deepEqual(jobs('EXPERIENCE\nOTHER POSITIONS HELD IN HOSPITALITY\nJune 2015 - May 2017\nWaiter and barista in two cafes'), [['Waiter and barista in two cafes', '', '2015-06-01', '2017-05-01']]);
});

test('fields set side by side with a spaced slash ("Team / Rota Management") name no employer', () => {
  const text = 'EXPERIENCE\nProject Manager\nCorvid Systems Ltd - February 2015 to Present\n• Main duties: Budgeting, Vendor Selection, Sprint Planning, Rostering,\nChange Planning & Rollout, Incident Triage & Hotfix\nSupport, Team / Rota Management, regular one-to-ones with feedback from\nreviews, weekly reporting and Stakeholder engagement.';
  assert.deepEqual(jobs(text), [['Project Manager', 'Corvid Systems Ltd', '2015-02-01', 'Present']]);
});

test('a title run on after the legal form of its employer ("Harbor Systems Limited Senior Engineer") is split from it', () => {
  assert.deepEqual(pickRoles(['Harbor Systems Limited Senior Systems Engineer', 'PROJECT SUMMARY - SALESFORCE'], ''), { position: 'Senior Systems Engineer', company: 'Harbor Systems Limited' });
});

test('after an academic post, "in" names its field ("Postdoctoral Researcher in Comparative Tax Law"), not an employer', () => {
  assert.deepEqual(pickRoles(['Postdoctoral Researcher in Comparative Tax Law'], ''), { position: 'Postdoctoral Researcher in Comparative Tax Law', company: '' });
  assert.deepEqual(pickRoles(['Lecturer in the Department of Marine Biology'], ''), { position: 'Lecturer', company: 'Department of Marine Biology' });
});

test('a seat on an advisory board, however the seat and the board are written, names no employer', () => {
  assert.deepEqual(pickRoles(['Member and Chair (2009-2011), Friends of the Museum Advisory Board.'], ''), { position: '', company: '' });
  assert.deepEqual(pickRoles(['Chair, Riverside Parks Advisory Council'], ''), { position: '', company: '' });
});

test('an honour ("Early Career Fellowship", "Merit Honor Roll") is won, not worked for: no employer', () => {
  const text = 'EXPERIENCE\nResearch Associate, Harwell University, 2001 - Present\nRuns field studies of coastal erosion\nHarwell Early Career Fellowship, 1999-2001.';
  assert.deepEqual(jobs(text), [['Research Associate', 'Harwell University', '2001-01-01', 'Present']]);
  assert.deepEqual(jobs('EXPERIENCE\nBabysitter\n2004 - 2006\n• Looked after three children after school\n• Merit Honor Roll: 2003 - 2005'), [['Babysitter', '', '2004-01-01', '2006-01-01']]);
  // Nor is "Membership in ...", which heads a list of societies.
  assert.equal(plausibleCompany('Membership in Learned Societies'), false);
});

test('a participle alone on a line cut after a dash ("Associated -") names no employer', () => {
  const text = 'EXPERIENCE\nWarehouse Supervisor\nAssociated -\nDover, DE - 2012 to 2014\nRan the night shift of twelve pickers';
  assert.deepEqual(jobs(text), [['Warehouse Supervisor', '', '2012-01-01', '2014-01-01']]);
});

test('a post held in a body ("CFO of Larkmoor Holdings Corporation") is a title, not the employer', () => {
  const text = 'EXPERIENCE\nFinance Director, Brightwater Foods Ltd\n2001 - 2004\nRan the finance team\nCFO of Larkmoor Holdings Corporation\n1998\nLed the group audit';
  assert.deepEqual(jobs(text), [
    ['Finance Director', 'Brightwater Foods Ltd', '2001-01-01', '2004-01-01'],
    ['CFO of Larkmoor Holdings Corporation', '', '1998-01-01', '1998-12-01'],
  ]);
});

test('a name in a clause going on from its dates, opened in lowercase, is whom the work was for, not the employer', () => {
  const text = 'EXPERIENCE\nSales Coordinator, Corvid Systems Ltd\n2012 - 2015\nHandled regional orders\n* From March 2017 to June 2017 was trained and worked for NORDIC ( Northern Europe) accounts\nand coached new starters.';
  assert.deepEqual(jobs(text), [['Sales Coordinator', 'Corvid Systems Ltd', '2012-01-01', '2015-01-01']]);
  // A title in such a clause is still read.
  assert.deepEqual(pickRoles(['was promoted and worked as Regional Sales Manager (Harbor Foods)'], ''), { position: 'Regional Sales Manager', company: '' });
});

test('a line opened by a verb with the prefix "Co-" ("Co-led the Phonics sessions ...") is a sentence, not an employer', () => {
  const text =
    'EXPERIENCE\nClassroom Aide, March 2019-June 2020\nMarlow County Schools, Marlow, Ohio\nSupported two reception classes at Fenwick Primary\nCo-led the Phonics sessions for Year 1\nTutor, January 2018-February 2019\nLearning Resource Center, Marlow, Ohio\nTutored pupils in reading';
  assert.deepEqual(jobs(text), [
    ['Classroom Aide', 'Marlow County Schools', '2019-03-01', '2020-06-01'],
    ['Tutor', 'Learning Resource Center', '2018-01-01', '2019-02-01'],
  ]);
  assert.equal(plausibleCompany('Co-operative Bank of Elmshire'), true);
});

test('an ordinal before a common noun ("3rd trombone") ranks a part, not an employer', () => {
  assert.deepEqual(pickRoles(['Member of Eastfield Wind Ensemble', '3rd trombone'], ''), { position: 'Member of Eastfield Wind Ensemble', company: '' });
  assert.equal(plausibleCompany('1st Harbor Savings Bank'), true);
});

test('a degree alone ("PhD.") on a header line is studied for, not an employer', () => {
  const text = 'EXPERIENCE\nResearch Fellow, Norbury Institute of Computing\nMarch 2014 - June 2017\nPhD.\nBoard Member\nJanuary 2015 - June 2017';
  assert.deepEqual(jobs(text), [
    ['Research Fellow', 'Norbury Institute of Computing', '2014-03-01', '2017-06-01'],
    ['Board Member', '', '2015-01-01', '2017-06-01'],
  ]);
});

test('a qualification ("Senior Certificate of Education") or a subject ("Geography") a tutor taught for names no employer', () => {
  const text = 'EXPERIENCE\nJuly 2009 - Nov 2013 Tutor, Senior Certificate of Education (SCE), Geography\nSelf-Employed\nTutored five students in Geography';
  assert.deepEqual(jobs(text), [['Tutor', '', '2009-07-01', '2013-11-01']]);
  assert.equal(plausibleCompany('Diploma in Nursing'), false);
});

test('a label run into its value in a table without colons ("Employer Corvane Systems Limited") is no part of the employer', () => {
  const text =
    'WORK EXPERIENCE\nDeveloper\nCorvane Systems Limited -\nMarch 2016 to Present\nPROJECT SUMMARY - PAYROLL\nProject Name Payroll feed between two ledgers\nClient Harwick Retail\nEmployer Corvane Systems Limited\nRole Developer\nTeam Size 4 members\nDuration 2 years';
  assert.deepEqual(jobs(text), [
    ['Developer', 'Corvane Systems Limited', '2016-03-01', 'Present'],
    ['Developer', 'Corvane Systems Limited', '', ''],
  ]);
});

test('a line ending a quotation opened on the line above (\'Networks" and "Harbor Mobility".\') names no employer', () => {
  assert.deepEqual(pickRoles(['Networks" and "Harbor Mobility".', 'Research Assistant'], ''), { position: 'Research Assistant', company: '' });
  // A name holding a quotation of its own stays one.
  assert.deepEqual(pickRoles(['Harbor "Blue Line" Ferries', 'Deck Officer'], ''), { position: 'Deck Officer', company: 'Harbor Blue Line Ferries' });
});

test('events one attends or speaks at ("Graduate Research Forums", "Panel on ...", "Board meetings") name no employer', () => {
  const text = 'EXPERIENCE\nAssociate Professor, Elmridge State University\n2005 - 2015\nTaught research methods\nService\nChair, Timetabling Committee\nCoordinator, Graduate Research Forums';
  assert.deepEqual(jobs(text), [['Associate Professor', 'Elmridge State University', '2005-01-01', '2015-01-01']]);
  assert.equal(plausibleCompany('Panel on Coastal Planning in Small Towns'), false);
  assert.equal(plausibleCompany('Faculty Board and Committee meetings'), false);
  // A standing body named a panel is one ("Northern Aviation Safety Panel").
  assert.equal(plausibleCompany('Northern Aviation Safety Panel'), true);
  assert.equal(plausibleCompany('Larkspur Conferences Ltd'), true);
});

test('a track of study ("Forensic Specialisation Track in Criminology") names no employer', () => {
  assert.deepEqual(pickRoles(['Research Assistant', 'Forensic Specialisation Track in Criminology,'], ''), { position: 'Research Assistant', company: '' });
});

test('a task one does ("Regional Budget Planning", "Contract Review and Drafting") is no employer; alone with its dates it is the title', () => {
  assert.deepEqual(pickRoles(['Regional Budget Planning'], ''), { position: 'Regional Budget Planning', company: '' });
  assert.deepEqual(pickRoles(['Contract Review and Drafting', 'Senior Counsel'], ''), { position: 'Senior Counsel', company: '' });
  // A firm is named after its trade ("Larkspur Marketing"); prose ending on a verb ("Ms. Reyes has") names no one.
  assert.equal(plausibleCompany('Larkspur Marketing'), true);
  assert.equal(plausibleCompany('Elm Tutoring'), true);
  assert.deepEqual(pickRoles(['Event Coaching', 'Since moving to Elmridge in 2009, Ms. Reyes has'], ''), { position: '', company: '' });
});

test('an outline letter before a phrase naming no title or organisation ("B. Adult Literacy") heads a group of entries, not an employer', () => {
  assert.deepEqual(pickRoles(['B. Adult Literacy'], ''), { position: '', company: '' });
  assert.deepEqual(pickRoles(['A. Harwick Reading Trust'], ''), { position: '', company: 'Harwick Reading Trust' });
});

test('a project done for a client ("Coastal Flood Registry (Client: Harbor Water Board)") names neither as an employer', () => {
  const text =
    'EXPERIENCE\nTillwave Advisory, Senior Consultant\n2006 - Present\nLed health data projects for public clients\nSelected projects:\nCoastal Flood Registry (Client: Harbor Water Board) 2009-2011\nBuilt a registry of flood claims for 300 towns\nBridge Inspection Portal (Client: Elmshire County Council) 2007-2008\nDesigned the inspection workflow';
  assert.deepEqual(jobs(text), [['Senior Consultant', 'Tillwave Advisory', '2006-01-01', 'Present']]);
});

test('a header line after a linking word alone ("for") goes on with a wrapped sentence and names no employer', () => {
  assert.deepEqual(pickRoles(['for', 'Harbor Payroll Applications.', 'Title: Test Lead'], ''), { position: 'Test Lead', company: '' });
  assert.deepEqual(pickRoles(['Harbor Payroll Systems', 'Title: Test Lead'], ''), { position: 'Test Lead', company: 'Harbor Payroll Systems' });
});

test('a firm named in brackets after another ("Harwick Exchange, Inc. (Tillwave Technologies, Inc.)") gives way to the one outside them', () => {
  assert.deepEqual(pickRoles(['Harwick Exchange, Inc. (Tillwave Technologies, Inc.)', 'Client Support Engineer'], ''), { position: 'Client Support Engineer', company: 'Harwick Exchange, Inc' });
  // A name in brackets after a title is still the employer.
  assert.deepEqual(pickRoles(['Software Engineer (Brightwave)'], ''), { position: 'Software Engineer', company: 'Brightwave' });
});

test('a field of practice alone ("Dermatology", "Business") is where one worked within an employer, not the employer', () => {
  assert.deepEqual(pickRoles(['Receptionist', 'Dermatology'], ''), { position: 'Receptionist', company: '' });
  assert.deepEqual(pickRoles(['Relief Teacher', 'Business'], ''), { position: 'Relief Teacher', company: '' });
  // A firm named after a technology keeps its name.
  assert.deepEqual(pickRoles(['Web Developer', 'Brightechnology'], ''), { position: 'Web Developer', company: 'Brightechnology' });
});

test('an area of work right after a title ("AVP - Software Maintenance") names the title\'s field, not the employer', () => {
  assert.deepEqual(pickRoles(['AVP - Software Maintenance'], ''), { position: 'AVP', company: '' });
  // A field alone or with what it is on: "Platform", "Cloud Infrastructure", "Higher Education".
  assert.deepEqual(pickRoles(['Site Reliability Engineer - Platform'], ''), { position: 'Site Reliability Engineer', company: '' });
  assert.deepEqual(pickRoles(['Systems Analyst, Cloud Infrastructure'], ''), { position: 'Systems Analyst', company: '' });
  assert.deepEqual(pickRoles(['Staff Engineer - Salesforce'], ''), { position: 'Staff Engineer', company: 'Salesforce' });
  assert.deepEqual(pickRoles(['KESTREL WORLDWIDE (EUROPE)', 'Service Desk Analyst, Product Support'], ''), { position: 'Service Desk Analyst', company: 'KESTREL WORLDWIDE' });
});

test('an abstract noun alone ("Settlement", "Installation") names a kind of work, not an employer', () => {
  assert.deepEqual(pickRoles(['Team Lead - Settlement'], ''), { position: 'Team Lead', company: '' });
  assert.equal(plausibleCompany('Installation'), false);
  // A firm's word keeps it a name ("Harbor Corporation").
  assert.equal(plausibleCompany('Kestrel Corporation'), true);
});

test('a part of a year ("2nd Quarter", "First Semester") names no employer, whatever its case', () => {
  assert.equal(plausibleCompany('2nd Quarter'), false);
  assert.equal(plausibleCompany('First Semester'), false);
  assert.equal(plausibleCompany('First Harbor Bank'), true);
});

test('a pay term left in a header ("W2 only", "1099") names no employer', () => {
  assert.deepEqual(pickRoles(['Java Engineer - W2 Only'], ''), { position: 'Java Engineer', company: '' });
  assert.equal(plausibleCompany('1099 Contract'), false);
});

test('the marks of bold or italics ("**Payroll Clerk**") are no part of a title or a name', () => {
  assert.deepEqual(parts('**Payroll Clerk - W2 Only**'), ['Payroll Clerk', 'W2 Only']);
  assert.deepEqual(pickRoles(['*Payroll Clerk - W2 Only'], ''), { position: 'Payroll Clerk', company: '' });
  // Within a word they stay ("Harbor_Foods").
  assert.deepEqual(parts('Data Engineer - Harbor_Foods'), ['Data Engineer', 'Harbor_Foods']);
});

test('a qualifier of an occupation ("Except Marine", "Including Health", "All Other") names no employer', () => {
  assert.deepEqual(pickRoles(['Boat Builders - Except Marine'], ''), { position: 'Boat Builders', company: '' });
  // Even when it holds a word that names organisations ("Health", "Services").
  assert.deepEqual(pickRoles(['Safety Inspector - Including Health Services'], ''), { position: 'Safety Inspector', company: '' });
  assert.deepEqual(pickRoles(['Field Technicians - All Other'], ''), { position: 'Field Technicians', company: '' });
  assert.equal(plausibleCompany('Miscellaneous Trades'), false);
});

test('a pupil\'s activity run by the school ("Student Council", "College Newspaper") names no employer, and a prefect is a title', () => {
  assert.deepEqual(pickRoles(['Treasurer, Student Council'], ''), { position: 'Treasurer', company: '' });
  assert.equal(plausibleCompany('College Newspaper'), false);
  assert.deepEqual(pickRoles(['CAMPUS INVOLVEMENT', 'Harwick Debate Union, Joined Fall 2012', 'Events Chair'], ''), { position: 'Events Chair', company: 'Harwick Debate Union' });
  assert.deepEqual(pickRoles(['Sports Captain', 'Deputy Prefect'], ''), { position: 'Sports Captain', company: '' });
});

test('initials in the plural ("PMs", "SMEs") name people in a role, not a firm', () => {
  assert.equal(plausibleCompany('PMs'), false);
  assert.equal(plausibleCompany('SMEs'), false);
  assert.equal(plausibleCompany('KPMG'), true);
});

test('care given ("Elder Care") alone with its dates is the job, not an employer; a named centre stays one', () => {
  assert.deepEqual(pickRoles(['Elder Care'], ''), { position: 'Elder Care', company: '' });
  assert.deepEqual(pickRoles(['Brookside Elder Care'], ''), { position: '', company: 'Brookside Elder Care' });
});

test('a known town on a line of its own, before or after the title, is where the job was, not the employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nCoventry\nLegal Secretary\n2010 - 2012\nTyped the letters of the office.'), [['Legal Secretary', '', '2010-01-01', '2012-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nLegal Secretary, Leicester\n2010 - 2012\nTyped the letters of the office.'), [['Legal Secretary', '', '2010-01-01', '2012-01-01']]);
  // A trailing comma, as in "Boston, MA" broken over two lines, leaves the town a town.
  assert.deepEqual(jobs('EXPERIENCE\nBoston,\nTeaching Assistant\n2010 - 2012\nMarked the papers of two classes.'), [['Teaching Assistant', '', '2010-01-01', '2012-01-01']]);
  assert.equal(isCity('Boston,'), true);
  // A town named like a common word or a firm is left out of the list: the employer is kept.
  assert.deepEqual(jobs('EXPERIENCE\nReading\nLegal Secretary\n2010 - 2012').map((j) => j[1]), ['Reading']);
});

test('a word naming the kind of a body ("State", "National") alone is a name cut short, not an employer', () => {
  const text = 'EXPERIENCE\nYoung Reporters Contest, sponsored by the Journalism Department, State\nCollege.\nEditor of the Corley High Gazette, 2014 - present\nWrote the weekly sports page';
  assert.deepEqual(jobs(text).map((j) => j[1]), ['']);
  assert.equal(plausibleCompany('National'), false);
  assert.equal(plausibleCompany('State Farm'), true);
});

test('"Search" after a title ("Software Engineer, Search, Orbitly") is the area one worked in, not the employer', () => {
  assert.deepEqual(pickRoles(['Software Engineer, Search, Orbitly, Palo Alto.'], ''), { position: 'Software Engineer', company: 'Orbitly' });
});

test('a detail opened by an agent noun in the plural ("Connectors, Adapters, ...") lists things, not a title and its employer', () => {
  const text = 'EXPERIENCE\nIntegration Consultant, Harwick Systems Ltd, 2015 - Present\nConfigured the asset platform for three plants:\n• Work order tracking, Invoicing\n• Connectors, Adapters, Routing Rules set up\n• Reports and dashboards';
  assert.deepEqual(jobs(text), [['Integration Consultant', 'Harwick Systems Ltd', '2015-01-01', 'Present']]);
});

test('an area of work in lowercase on the line below a title ("Public relations") is its field: the employer is on the line after', () => {
  const text = 'PROFESSIONAL TRAINEESHIP\n09/2011 - 12/2011\nIntern\nPublic relations\nHarbor Trade Mission, Lisbon (Portugal)\nOrganised visits of trade delegations';
  assert.deepEqual(jobs(text), [['Intern', 'Harbor Trade Mission', '2011-09-01', '2011-12-01']]);
  // Written as a name, such a line may be the employer.
  assert.deepEqual(pickRoles(['Educational Consultant', 'Digital Media'], ''), { position: 'Educational Consultant', company: 'Digital Media' });
  assert.deepEqual(pickRoles(['Educational Consultant', 'Digital media'], ''), { position: 'Educational Consultant', company: '' });
});

test('a known town written after a school or a church without its comma ("Elm Grove School Tucson, AZ") is no part of the name; a campus is', () => {
  assert.deepEqual(pickRoles(['Teacher Aide, Elm Grove School Tucson, AZ'], ''), { position: 'Teacher Aide', company: 'Elm Grove School' });
  assert.deepEqual(pickRoles(['Nursery Helper, Grace Baptist Church Fort Worth, TX'], ''), { position: 'Nursery Helper', company: 'Grace Baptist Church' });
  assert.deepEqual(pickRoles(['Lecturer, Harwell State University Northfield, MN'], ''), { position: 'Lecturer', company: 'Harwell State University Northfield' });
  assert.deepEqual(pickRoles(['Teacher, Harbor County School District, OH'], ''), { position: 'Teacher', company: 'Harbor County School District' });
});

test('what the initials ending a name stand for, in brackets ("Larkspur GPS (Global Payment Services)"), restates them: the name is the employer', () => {
  assert.deepEqual(pickRoles(['Larkspur GPS (Global Payment Services)', 'Systems Analyst'], ''), { position: 'Systems Analyst', company: 'Larkspur GPS' });
  // Within a title, the bracket still parts what it explains from the rest.
  assert.deepEqual(pickRoles(['SAP HR (Human Resources) Consultant'], '').position, 'Consultant');
});

test('initials standing on their own after a title ("Team Lead, IT (Brightwave Systems)") name a department: the bracket is the employer', () => {
  assert.deepEqual(pickRoles(['Team Lead, IT (Brightwave Systems)'], ''), { position: 'Team Lead', company: 'Brightwave Systems' });
  assert.equal(pickRoles(['Java Developer, HR (Hollis Recruitment)'], '').company, 'Hollis Recruitment');
});

test('a town is part of the name of a school or hospital with one word before that word ("Children\'s Hospital Boston")', () => {
  assert.equal(pickRoles(["Nurse, Children's Hospital Boston, MA"], '').company, "Children's Hospital Boston");
  assert.equal(pickRoles(['Teacher, British School Lima, Peru'], '').company, 'British School Lima');
});

test('the terms a job was held on ("C2H", "Contract-to-hire", "Part-time" alone) name no employer', () => {
  assert.deepEqual(jobs('EXPERIENCE\nQuality Analyst - Full-time / C2H (2015 - 2018)\n* Wrote test plans for the billing system\nData Clerk - Part-time (2013 - 2015)\n* Kept the stock records'), [
    ['Quality Analyst', '', '2015-01-01', '2018-01-01'],
    ['Data Clerk', '', '2013-01-01', '2015-01-01'],
  ]);
  assert.deepEqual(jobs('EXPERIENCE\nBuild Engineer, Contract-to-hire, 2019 - 2020\n* Kept the nightly builds green'), [['Build Engineer', '', '2019-01-01', '2020-01-01']]);
});

test('the number of an entry in a numbered list ("1 HARWELL CASTINGS LIMITED") is no part of the employer; a name of one word after a number keeps it', () => {
  const text = 'EMPLOYMENT HISTORY\n1 HARWELL CASTINGS LIMITED, DOVER, INDIA.\nPlant Manager\nApril 2015 - March 2019\nRan the melting shop\n2 Orbit Freight Lines -\nShift Engineer\nJune 2010 to March 2015\nKept the yard moving';
  assert.deepEqual(jobs(text), [
    ['Plant Manager', 'HARWELL CASTINGS LIMITED', '2015-04-01', '2019-03-01'],
    ['Shift Engineer', 'Orbit Freight Lines', '2010-06-01', '2015-03-01'],
  ]);
  assert.equal(pickRoles(['7 Eleven', 'Store Clerk'], '').company, '7 Eleven');
});

test('the items of a list closed by "and" after a comma or a dash ("Drillers - Blasters - and Riggers") name occupations, not an employer; a part after the list may', () => {
  const text = 'EXPERIENCE\n- Drillers - Blasters - and Riggers (2010 - 2013)\n- Packers, Sorters, and Graders (2007 - 2010)\n- Ticket Seller, Usher, and Projectionist, Orbit Cinema (2005 - 2007)';
  assert.deepEqual(jobs(text), [
    ['Drillers', '', '2010-01-01', '2013-01-01'],
    ['Packers', '', '2007-01-01', '2010-01-01'],
    ['Ticket Seller', 'Orbit Cinema', '2005-01-01', '2007-01-01'],
  ]);
});
