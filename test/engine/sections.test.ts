import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { headingKind, splitSections } from '../../src/engine/parse/sections.ts';

test('headings and their synonyms', () => {
  assert.equal(headingKind('WORK EXPERIENCE'), 'experience');
  assert.equal(headingKind('Employment History:'), 'experience');
  assert.equal(headingKind('## Experience'), 'experience');
  assert.equal(headingKind('Educational Qualifications'), 'education');
  assert.equal(headingKind('TECHNICAL SKILLS'), 'skills');
  assert.equal(headingKind('Core Competencies'), 'skills');
  assert.equal(headingKind('Academic Projects'), 'projects');
  assert.equal(headingKind('CERTIFICATIONS/LICENSES'), 'certifications');
  assert.equal(headingKind('Career Objective'), 'summary');
  assert.equal(headingKind('Web Development Experience'), 'experience');
  assert.equal(headingKind('Hobbies'), 'other');
  assert.equal(headingKind('Awards and Recognition'), 'other');
  assert.equal(headingKind('HONORS & AWARDS'), 'other');
  // A teacher's or a nurse's placements in training are experience, as student teaching is.
  assert.equal(headingKind('PRACTICAL TEACHING PLACEMENTS'), 'experience');
  assert.equal(headingKind('Clinical Placements'), 'experience');
  assert.equal(headingKind('Practicum'), 'experience');
});

test('the labels over a table of jobs head an experience section, wherever the table stands', () => {
  assert.equal(headingKind('Organization Designation Duration'), 'experience');
  assert.equal(headingKind('Role Company Name Period'), 'experience');
  // Without a column naming the employer, the labels head nothing.
  assert.equal(headingKind('Designation Duration'), null);
  const r = parseResume('Asha Rao\nSUMMARY\n• Five years of SAP ABAP work for clients in three countries.\nOrganization Designation Duration\nHarbor Softworks Limited, Hyderabad, India. Sr. Software Engineer May/2008 - May/2016');
  assert.deepEqual(r.workExperience.map((w) => [w.company, w.position, w.startDate]), [['Harbor Softworks Limited', 'Sr. Software Engineer', '2008-05-01']]);
});

test('ordinary lines are not headings', () => {
  assert.equal(headingKind('Experience in Java and Spring'), null);
  assert.equal(headingKind('Developed skills in 3 projects.'), null);
});

test('lines are grouped under their section, inline headings split', () => {
  const s = splitSections(['Jane Roe', 'EDUCATION: B.Sc Physics, 2015', 'SKILLS', 'Java, SQL']);
  assert.deepEqual(
    s.map((x) => [x.kind, x.lines]),
    [
      ['header', ['Jane Roe']],
      ['education', ['B.Sc Physics, 2015']],
      ['skills', ['Java, SQL']],
    ],
  );
});

test('a heading joining education to something else opens the education section', () => {
  assert.equal(headingKind('Education & Professional Development'), 'education');
  assert.equal(headingKind('FORMAL EDUCATION AND ONGOING TRAINING'), 'education');
  assert.equal(headingKind('Continuing Education and Training'), 'education');
  assert.equal(headingKind('Education and Community Service'), 'education');
  assert.equal(headingKind('EDUCATIONAL & PROFESSIONAL DEVELOPMENT'), 'education');
  assert.equal(headingKind('Associate of Science in Nursing'), null);
});

test('an organisation named after its field is not a heading', () => {
  assert.equal(headingKind('Ohio Department of Education'), null);
  assert.equal(headingKind('Division of Special Education'), null);
  assert.equal(headingKind('Areas of Expertise'), 'skills');
});

test('experience in a field opens the experience section, not the field\'s', () => {
  assert.equal(headingKind('Related Experience in Education'), 'experience');
  assert.equal(headingKind('Teaching Experience in Special Education'), 'experience');
  assert.equal(headingKind('Special Education'), 'education');
});

test('a heading in small capitals split at random spaces is still a heading', () => {
  assert.equal(headingKind('P ROFE SSI ONAL E XPER IENCE'), 'experience');
  assert.equal(headingKind('W ORK H IS TORY'), 'experience');
  assert.equal(headingKind('Work Hi story'), null);
});

test('"Key Achievements" under a job stays in the experience section; a title "of" a field is no heading', () => {
  const s = splitSections(['EXPERIENCE', 'Store Manager, Fernwood Outfitters', '2015 - 2019', 'Key Achievements', 'Cut shrinkage by 20%', 'Sales Associate, Brightline Retail', '2012 - 2015']);
  assert.deepEqual(s.map((x) => x.kind), ['header', 'experience']);
  assert.equal(headingKind('Key Achievements'), 'other');
  assert.equal(headingKind('Assistant Professor of Education'), null);
  assert.equal(headingKind('Bachelor of Education'), null);
});

test('an experience heading run into its first dated line opens the section', () => {
  const s = splitSections(['Skills', 'Java, SQL', 'Experience Northwind Traders January 2015 - Present', 'Web Developer']);
  assert.deepEqual(s.map((x) => [x.kind, x.lines]), [
    ['header', []],
    ['skills', ['Java, SQL']],
    ['experience', ['Northwind Traders January 2015 - Present', 'Web Developer']],
  ]);
  assert.equal(splitSections(['Experience with Python and SQL since 2015']).length, 1);
});

test('a lowercase word ending a wrapped sentence is no heading', () => {
  assert.equal(headingKind('skills.'), null);
  assert.equal(headingKind('project.'), null);
  assert.equal(headingKind('work experience'), 'experience');
});

test('"Accomplishments" holding several date ranges is a career history', () => {
  const lines = ['ACCOMPLISHMENTS', 'Harbor Freight Lines, Toledo, Ohio', '2008 to 2014', 'Controller', '2011 to 2014', 'Assistant Controller', '2008 to 2011', 'Lakeside Bank', '2002 - 2008'];
  assert.equal(splitSections(lines)[1].kind, 'experience');
  assert.equal(splitSections(['ACCOMPLISHMENTS', 'Dean\'s List, 2009 - 2010', 'Chess club champion']).at(-1)?.kind, 'other');
});

test('"Activities:" under a degree lists that school\'s clubs and keeps the education section open', () => {
  const s = splitSections(['EDUCATION', 'B.A. History, Maple Ridge College, 2014', 'Activities:', 'Debate club, student newspaper', 'M.A. History, Lakeshore University, 2016', 'SKILLS', 'Research']);
  assert.deepEqual(s.map((x) => x.kind), ['header', 'education', 'skills']);
  assert.ok(s[1].lines.includes('M.A. History, Lakeshore University, 2016'));
  assert.equal(splitSections(['Activities:', 'Chess'])[1].kind, 'other', 'elsewhere it is a heading as before');
});

test('two headings of one kind joined by a slash are a heading of that kind', () => {
  assert.equal(headingKind('WORK EXPERIENCE/EMPLOYMENT'), 'experience');
  assert.equal(headingKind('Volunteer / Activities:'), 'other');
  // A title with a slash is no heading.
  assert.equal(headingKind('Camp Host/Volunteer'), null);
});

test('headings in small capitals broken at random in mixed case ("E xp er ie nc e") are recognised', () => {
  assert.equal(headingKind('E xp er ie nc e'), 'experience');
  assert.equal(headingKind('Edu c ati on'), 'education');
  assert.equal(headingKind('Ke y S ki ll s'), 'skills');
  // Short words that do not join into a heading stay text.
  assert.equal(headingKind('Go to the IT desk'), null);
});

test('academic CV headings: careers, positions, papers, grants, workshops and areas of interest open their sections', () => {
  const kinds = ['Academic career', 'Positions', 'Peer-reviewed papers', 'Other publications', 'GRANTS', 'Areas of Interest', 'Selected Professional Development', 'Training / Workshops attended', 'Academic Projects undertaken'].map(headingKind);
  assert.deepEqual(kinds, ['experience', 'experience', 'other', 'other', 'other', 'other', 'certifications', 'certifications', 'projects']);
  // A degree list ends at them, so a grant's year is no graduation.
  const r = parseResume('Dana Cole\nEducation\nPh.D. in Chemistry, Elm University, 2009\nGrants\nYoung Investigator Grant, 2014');
  assert.deepEqual(r.education.map((e) => e.endDate.slice(0, 4)), ['2009']);
});

test('an experience or education heading run into its first line opens its section ("Work Experience Harbor Labs")', () => {
  const sections = splitSections(['Education', 'BSc Physics, Lakeside University', 'Work Experience Harbor Robotics Institute', 'Research Engineer', '2015 - 2019']);
  assert.deepEqual(
    sections.map((s) => [s.kind, s.lines[0]]),
    [['header', undefined], ['education', 'BSc Physics, Lakeside University'], ['experience', 'Harbor Robotics Institute']],
  );
  // A title that starts with a heading's words, or a heading continued in lowercase, is not split.
  assert.equal(splitSections(['Work Experience Coordinator']).length, 1);
  assert.equal(splitSections(['Work Experience And Volunteering Record']).length, 1);
  assert.equal(splitSections(['Education', 'Work experience placements arranged by the school']).length, 2);
});

test('a traineeship heading opens an experience section ("PROFESSIONAL TRAINEESHIP")', () => {
  assert.equal(headingKind('PROFESSIONAL TRAINEESHIP'), 'experience');
  assert.equal(headingKind('Legal Traineeships'), 'experience');
});

test('achievements under a dated job in a summary section stay with that job', () => {
  const history = splitSections(['Career Overview', 'OPERATIONS MANAGER (3/05 to Present) Bluefin Logistics, Reno, NV', 'Ran a fleet of 40 trucks.', 'Selected Achievements', 'Cut fuel costs by 12%.']);
  assert.deepEqual(history.map((s) => s.kind), ['header', 'summary']);
  // A summary without a job: the achievements open their own section.
  const summary = splitSections(['Career Overview', 'Logistics manager who runs lean fleets.', 'Selected Achievements', 'Cut fuel costs by 12%.']);
  assert.deepEqual(summary.map((s) => s.kind), ['header', 'summary', 'other']);
});

test('a lowercase heading word inside an experience section, after a line broken after a word, continues the sentence', () => {
  const wrapped = splitSections(['Experience', 'Data Analyst', '2016 - 2019 Harbor Freight Lines', '• Gathered', 'training', 'needs from the depot managers.']);
  assert.deepEqual(wrapped.map((s) => s.kind), ['header', 'experience']);
  // After a finished line, or in lowercase headings of a whole resume, it opens its section.
  const heading = splitSections(['Experience', '2016 - 2019 Harbor Freight Lines, data analyst.', 'training', 'First aid, 2018']);
  assert.deepEqual(heading.map((s) => s.kind), ['header', 'experience', 'certifications']);
  const lowercaseHeadings = splitSections(['experience', 'Harbor Freight Lines, 2016 - 2019', 'Ran the depot reports for the regional managers', 'education', 'BSc Physics']);
  assert.deepEqual(lowercaseHeadings.map((s) => s.kind), ['header', 'experience', 'education']);
});

test('a "Projects:" label right under a job\'s dates or one of its labels lists that job\'s projects', () => {
  const underDates = splitSections(['Experience', 'Network Engineer', 'Harbor Telecom - March 2015 to June 2019', 'PROJECTS:', '1. Core network refresh', 'Skills', 'BGP']);
  assert.deepEqual(underDates.map((s) => s.kind), ['header', 'experience', 'skills']);
  const underLabel = splitSections(['Experience', 'Sept. 2016 - Present', 'Tasks :', 'Projects :', 'Wifi rollout']);
  assert.deepEqual(underLabel.map((s) => s.kind), ['header', 'experience']);
  // After a job's description, a projects heading opens its section.
  const after = splitSections(['Experience', 'Harbor Telecom - March 2015 to June 2019', 'Ran the core network.', 'Projects:', 'Home lab']);
  assert.deepEqual(after.map((s) => s.kind), ['header', 'experience', 'projects']);
});

test('a "Current Position" heading holds the present job', () => {
  const r = parseResume('Dana Whitfield\nCURRENT POSITION\nMarch 2019 - Present\nSenior Paralegal\nHarrow & Finch LLP, Leeds\nEDUCATION\nLLB, University of Leeds, 2014');
  assert.equal(headingKind('Present position:'), 'experience');
  assert.deepEqual(r.workExperience.map((w) => w.position), ['Senior Paralegal']);
});

test('"Courses Taught", "Presentations" and "Community Service" headings close the experience section', () => {
  const lines = ['Experience', 'Lecturer, Harbor College, 2010 - 2015', 'COURSES TAUGHT', 'Cost Accounting 2 (2012 - 2014)', 'Presentations', 'Harbor Finance Forum, 2014', 'Community Service', 'Food bank volunteer, 2016 - 2018'];
  assert.deepEqual(splitSections(lines).map((s) => s.kind), ['header', 'experience', 'other', 'other', 'other']);
});

test('a heading may end on "Membership" or "Qualification" in the singular', () => {
  assert.equal(headingKind('PROFESSIONAL MEMBERSHIP'), 'other');
  assert.equal(headingKind('Professional Qualification:'), 'education');
  const lines = ['Work History', 'Site Engineer, Harbor Build, 2012 - 2016', 'Professional Membership', 'Chartered Institute of Building, 2014 - present'];
  assert.deepEqual(splitSections(lines).map((s) => s.kind), ['header', 'experience', 'other']);
});

test('an academic CV\'s service headings ("Professional Service", "University Service") close the experience section', () => {
  const lines = ['Academic Positions', 'Associate Professor, Harbor University, 2010 - present', 'University Service', 'Chair, Library Committee, 2014 - 2016', 'Professional Service', 'Reviewer, Journal of Coastal Studies, 2012 - present'];
  assert.deepEqual(splitSections(lines).map((s) => s.kind), ['header', 'experience', 'other', 'other']);
});

test('a teacher\'s or academic\'s "Educational Philosophy" and "Current Research" headings close the experience section', () => {
  const lines = ['Teaching Experience', 'Science Teacher, Harbor High School, 2011 - present', 'EDUCATIONAL PHILOSOPHY:', 'Every student can learn.', 'Current Research:', 'Tidal sediment models, with the Coastal Lab'];
  assert.deepEqual(splitSections(lines).map((s) => s.kind), ['header', 'experience', 'other', 'other']);
});

test('a title "for" a field ending on "Education" is no heading: the line under it stays where it is', () => {
  assert.equal(headingKind('Associate Dean for Continuing Education'), null);
  const s = splitSections(['Dana Whitfield', 'Associate Dean for Continuing Education', 'Professor of Nursing, Marlowe State University', 'EDUCATION', 'Ph.D., Nursing, Marlowe State University, 2004']);
  assert.deepEqual(s.map((x) => x.kind), ['header', 'education']);
});

test('"Personal Profile" written in sentences is the summary; as a list of details it stays contact', () => {
  const statement = splitSections(['Dana Cole', 'Personal Profile', 'I am a young and energetic sales assistant with two years in a busy electronics store.']);
  assert.equal(statement[1].kind, 'summary');
  const details = splitSections(['Dana Cole', 'Personal Profile', 'Name: Dana Cole', 'Date of birth: 1 May 1990']);
  assert.equal(details[1].kind, 'contact');
  assert.equal(parseResume(['Dana Cole', 'dana@example.com', 'Personal Profile', 'I am a young and energetic sales assistant with two years in a busy electronics store.'].join('\n')).designation, 'sales assistant');
});

test('a resume that numbers its headings: "4. Academic Studies:" and "5. Employment History" open their sections', () => {
  const kinds = (text: string) => splitSections(text.split('\n')).map((s) => s.kind);
  assert.deepEqual(kinds('Rafael Ortega\n4. Academic Studies:\nLicenciate in Law\n5. Employment History\nLegal Director'), ['header', 'education', 'experience']);
  // "History" ends experience headings, but not these.
  assert.equal(headingKind('EDUCATION HISTORY'), 'education');
  assert.equal(headingKind('Academic History:'), 'education');
  // Items of one numbered list that read like headings of one kind stay in their section.
  assert.deepEqual(kinds('SKILLS\n1. Computer Skills\n2. Research Skills'), ['header', 'skills']);
});

test('a group of entries named by a rank within an experience section ("Principal Platform Projects") opens no projects section', () => {
  const sections = splitSections(['EXPERIENCE', 'Harbor Payments', 'Release Engineer', 'March 2001 to May 2003', 'Principal Platform Projects', 'Larkspur Bank', 'Systems Tester', 'June 1999 to February 2001']);
  assert.deepEqual(
    sections.map((s) => [s.kind, s.lines.length]),
    [
      ['header', 0],
      ['experience', 7],
    ],
  );
  assert.equal(splitSections(['EXPERIENCE', 'Analyst, Harbor Payments, 2001 - 2003', 'Customer Projects', 'Billing migration'])[2]?.kind, 'projects');
  // A title word that names no rank heads a section of its own.
  assert.equal(splitSections(['EXPERIENCE', 'Analyst, Harbor Payments, 2001 - 2003', 'Engineering Projects', 'Billing migration'])[2]?.kind, 'projects');
  assert.equal(splitSections(['EXPERIENCE', 'Analyst, Harbor Payments, 2001 - 2003', 'Internship Projects', 'Billing migration'])[2]?.kind, 'projects');
});

test('"Responsibilities & Achievements" under a job lists what that job involved and opens no section', () => {
  const sections = splitSections([
    'EMPLOYMENT',
    'Jun 2015 - current',
    'Lab Technician at Brightline Diagnostics',
    'Responsibilities & Achievements',
    'Ran the overnight blood panels',
    'Jan 2013 - May 2015',
    'Pharmacy Clerk at Tallow Chemists',
    'Key Duties',
    'Filled repeat prescriptions',
  ]);
  assert.deepEqual(
    sections.map((s) => [s.kind, s.lines.length]),
    [
      ['header', 0],
      ['experience', 8],
    ],
  );
});

test('"RESPONSIBILITIES & ACHIEVEMENTS" in capitals after the jobs heads a section of its own, not the last job\'s duties', () => {
  const text = 'Ravi Kumar\nEXPERIENCE\nSoftware Intern, Brightwave Systems, May 2019 - July 2019\n• Built a dashboard\nRESPONSIBILITIES & ACHIEVEMENTS\nClass Representative, 2018 - 2019\nWon first prize at the college hackathon';
  assert.deepEqual(parseResume(text).workExperience.map((w) => w.position), ['Software Intern']);
});

test('"Student Teaching" heads the placements of a teacher in training, which are experience', () => {
  assert.equal(headingKind('STUDENT TEACHING'), 'experience');
  assert.equal(headingKind('Student Teaching:'), 'experience');
  const text = 'Dana Fields\nEDUCATION\nB.S.Ed., Music Education, Lakeshore State University, May 2019\nSTUDENT TEACHING\nMaple Grove Elementary School, Fairview, OH, January - May 2019\nTaught general music to grades 1-5.';
  assert.deepEqual(parseResume(text).workExperience.map((w) => w.company), ['Maple Grove Elementary School']);
});

test('a course named like a heading ("Student Teaching Seminar") is no heading run into its first line', () => {
  const s = splitSections(['EDUCATION', 'B.A. in Elementary Education, 2018', 'Courses included:', 'Student Teaching Seminar', 'Reading in the Early Grades']);
  assert.deepEqual(s.map((x) => x.kind), ['header', 'education']);
});

test('a listed heading run into its first line is read so, whatever its last word; one ending in -ing qualifies the noun after it', () => {
  for (const heading of ['Positions Held', 'Employment Record', 'Professional Career']) {
    const jobs = parseResume(`Jo Bell\nSKILLS\nExcel, Word\n${heading} Software Engineer, Orbit Ltd, 2015 - 2019`).workExperience;
    assert.deepEqual(jobs.map((w) => [w.position, w.company]), [['Software Engineer', 'Orbit Ltd']], heading);
  }
  assert.deepEqual(parseResume('Jo Bell\nEDUCATION\nB.Ed., Elm University, 2012\nStudent Teaching Seminar, Fall 2012').workExperience, []);
});

test('"EXPERIENCES" in the plural heads the experience section', () => {
  assert.equal(headingKind('EXPERIENCES'), 'experience');
});

test('"Highlights" under a job lists that job\'s results; the jobs after it stay in the experience section', () => {
  const s = splitSections([
    'Teaching Experience',
    'Mar - Jun 2016',
    'Student Teacher',
    'Cedar Ridge High School',
    'Highlights',
    'Ran a debate club for year 10',
    'Aug - Nov 2015',
    'Student Teacher',
    'Willow Bay College',
  ]);
  assert.deepEqual(s.map((x) => [x.kind, x.lines.length]), [['header', 0], ['experience', 8]]);
});

test("referees are a section of their own: a referee's title is not a job of the candidate's", () => {
  assert.equal(headingKind('REFEREES'), 'other');
  assert.equal(headingKind('Professional Referees:'), 'other');
  const resume = parseResume(['Dana Quill', 'EXPERIENCE', 'Teacher, Birchwood Academy', 'March 2015 - Present', 'Referees', 'Principal', 'Birchwood Academy', 'Lecturer, Faculty of Education', 'Northmoor College'].join('\n'));
  assert.deepEqual(resume.workExperience.map((w) => w.position), ['Teacher']);
});
