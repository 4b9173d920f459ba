import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';

test('"Academic Positions" and "Appointments" headings close the education section', () => {
  const r = parseResume(`Dr. Ines Laval
EDUCATION
Ph.D. in Marine Biology, Coastal State University, 2004
Academic Positions
2010 to present: Associate Professor, Northbay University
Visiting Appointments
2008: Visiting Scholar, Harbour Institute of Oceanography`);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.school, e.endDate]),
    [['Ph.D. in Marine Biology', 'Coastal State University', '2004-01-01']],
  );
});

const entries = (text: string) => parseResume(text).education.map((e) => [e.degree, e.school, e.endDate]);

test('Latin honours are not part of the degree', () => {
  assert.deepEqual(entries('EDUCATION\nB.Sc. in Geology, summa cum laude, Ridgeway University, 2012\nM.Sc. Magna Cum Laude\nRidgeway University\n2014'), [
    ['B.Sc. in Geology', 'Ridgeway University', '2012-01-01'],
    ['M.Sc.', 'Ridgeway University', '2014-01-01'],
  ]);
});

test('a field written before the degree word: "Network Technician Diploma"', () => {
  assert.deepEqual(entries('EDUCATION\nLakeshore College - Hamilton, Canada\nNetwork Technician Diploma, 2011'), [['Network Technician Diploma', 'Lakeshore College', '2011-01-01']]);
  // A school named before the word is no field.
  assert.equal(parseResume('EDUCATION\nHarbourside College Diploma, 2009').education[0].degree, 'Diploma');
});

test('a table header naming a school column opens no entry', () => {
  assert.deepEqual(
    entries(`EDUCATION
Degree
Institution
Year
Bachelor of Engineering (Mechanical)
Westfield Institute of Technology
2016`),
    [['Bachelor of Engineering Mechanical', 'Westfield Institute of Technology', '2016-01-01']],
  );
});

test('a thesis or research project named after the degree is no degree; an honours line is no field', () => {
  assert.deepEqual(
    entries(`EDUCATION
MSc in Applied Ecology, Northmoor University, 2016
Masters Research Project: Pollinator decline in upland meadows
Bachelor thesis on soil acidity
B.S.W., Eastfield College
Summa cum laude
2012`),
    [
      ['MSc in Applied Ecology', 'Northmoor University', '2016-01-01'],
      ['B.S.W.', 'Eastfield College', '2012-01-01'],
    ],
  );
});

test('dates written alone above each entry belong to the entry below', () => {
  assert.deepEqual(
    entries(`EDUCATION
June 2018
Brookhaven University, Albany, NY
Master of Science in Data Science
Thesis: "Forecasting river levels from sparse gauges"
June 2014
Lakeview College, Troy, NY
Bachelor of Arts in Mathematics`),
    [
      ['Master of Science in Data Science', 'Brookhaven University', '2018-06-01'],
      ['Bachelor of Arts in Mathematics', 'Lakeview College', '2014-06-01'],
    ],
  );
});

test('a certificate, licence or credential listed with the degrees is an entry of its own', () => {
  assert.deepEqual(
    entries(`EDUCATION
B.S. in Accounting, Millbrook University, 2009
Certified Public Accountant
Paralegal Certificate (2012)
Licensure: Ohio Professional Educator License
Teaching Certification by the State Board, 2015
Driving licence: Yes`),
    [
      ['B.S. in Accounting', 'Millbrook University', '2009-01-01'],
      ['Certified Public Accountant', '', ''],
      ['Paralegal Certificate', '', '2012-01-01'],
      ['Ohio Professional Educator License', '', ''],
      ['Teaching Certification', '', '2015-01-01'],
    ],
  );
  // A school-leaving certificate is school level; a teaching certificate for a grade level is not.
  assert.deepEqual(entries('EDUCATION\nB.Ed., Primary Teaching, Harlow University, 2014\nElementary Teaching Certificate\nLeaving Certificate, 2010'), [
    ['B.Ed., Primary Teaching', 'Harlow University', '2014-01-01'],
    ['Elementary Teaching Certificate', '', ''],
  ]);
  // A bare heading word or a vendor's adjective names no credential.
  assert.deepEqual(entries('EDUCATION\nM.A. in History, Eastfield College, 2011\nCertificates:\nSharePoint Basics (3 days, Microsoft Certified)'), [
    ['M.A. in History', 'Eastfield College', '2011-01-01'],
  ]);
});

test('a department named after a bare abbreviation is no field of the degree', () => {
  assert.deepEqual(entries('EDUCATION\nM.Sc., The Department of Informatics, University of Bergen, 2003\nB.S., Applied Physics, Fjord College, 2001'), [
    ['M.Sc.', 'University of Bergen', '2003-01-01'],
    ['B.S., Applied Physics', 'Fjord College', '2001-01-01'],
  ]);
});

test("a date on the entry's own line dates it; a range on a later line belongs to what follows", () => {
  assert.deepEqual(
    entries(`EDUCATION
Master of Arts, Educational Leadership, 2004
Crestview University, Dallas, TX
Bachelor of Arts, History, 1996
Crestview University, Dallas, TX
2011 - Present: Board member of the alumni association`),
    [
      ['Master of Arts', 'Crestview University', '2004-01-01'],
      ['Bachelor of Arts', 'Crestview University', '1996-01-01'],
    ],
  );
});

test('dates heading the entries a few lines above: each date line starts the next entry', () => {
  assert.deepEqual(
    entries(`EDUCATION
1990:
Harbourside Training Centre
Certificate in Maritime Law
1985 - 1987:
Westgate School of Law, Mombasa
Diploma in Law
1979 - 1983:
University of Kisumu, Faculty of Law
Bachelor of Laws (LL.B)`),
    [
      ['Certificate in Maritime Law', 'Harbourside Training Centre', '1990-01-01'],
      ['Diploma in Law', 'Westgate School of Law', '1987-01-01'],
      ['Bachelor of Laws LL.B', 'University of Kisumu', '1983-01-01'],
    ],
  );
});

test('an expected graduation date ends the entry, whatever range it is studied over', () => {
  const [e] = parseResume(`EDUCATION
Sept 2019 - Present
Bachelor of Science in Nursing
Greenfield University, Portland, OR
Expected graduation: May 2023`).education;
  assert.deepEqual([e.degree, e.school, e.startDate, e.endDate], ['Bachelor of Science in Nursing', 'Greenfield University', '2019-09-01', '2023-05-01']);
  assert.equal(entries('EDUCATION\nMaster of Public Health, Ashgrove University (to be conferred December 2024)')[0][2], '2024-12-01');
  assert.deepEqual(entries('EDUCATION\nBachelor of Arts in History\nBrookfield College, 2014 - Present\nClass of 2018'), [['Bachelor of Arts in History', 'Brookfield College', '2018-01-01']]);
  assert.deepEqual(entries('EDUCATION\n2020 - Present\nMSc Marine Biology\nSaltmarsh University\nJune 2022 (expected)'), [['MSc Marine Biology', 'Saltmarsh University', '2022-06-01']]);
});

test('when dates follow their entries, the date above an undated entry is not its own', () => {
  assert.deepEqual(
    entries(`EDUCATION
BSc Computer Science
Northfield University
2016
Board of Secondary Education, Pune
2012
Diploma in Web Design
Brightline Academy`),
    [
      ['BSc Computer Science', 'Northfield University', '2016-01-01'],
      ['Diploma in Web Design', 'Brightline Academy', ''],
    ],
  );
});

test('a line of dates under or over the entries lists one per entry, in their order (a date column)', () => {
  assert.deepEqual(
    entries(`EDUCATION
B.A., Elementary Education, Lakemont University, Chicago, IL
A.A., Early Childhood Education, Prairie Valley College, Chicago, IL
2016 - 2012`),
    [
      ['B.A., Elementary Education', 'Lakemont University', '2016-01-01'],
      ['A.A., Early Childhood Education', 'Prairie Valley College', '2012-01-01'],
    ],
  );
  // Read from the left, a range runs forward: "2016 - 2012 - 2016" is 2016, then 2012 to 2016.
  const r = parseResume(`EDUCATION
2016 - 2012 - 2016
MBA, Harbourview Business School
BSc Economics, Northgate University`);
  assert.deepEqual(
    r.education.map((e) => [e.degree, e.startDate, e.endDate]),
    [
      ['MBA', '', '2016-01-01'],
      ['BSc Economics', '2012-01-01', '2016-01-01'],
    ],
  );
});

test('a date far above the first entry does not make dates head the entries', () => {
  assert.deepEqual(
    entries(`EDUCATION
Curriculum vitae, last updated
March 2021
References available on request
Languages: English, French
Nationality: Irish
Interests: hill walking, chess
Available for interview at short notice
Member of the Royal Society of Chemistry
BSc in Chemistry
Dunmore University, Cork
2012
MSc in Analytical Chemistry
Dunmore University, Cork
2014`),
    [
      ['BSc in Chemistry', 'Dunmore University', '2012-01-01'],
      ['MSc in Analytical Chemistry', 'Dunmore University', '2014-01-01'],
    ],
  );
});

test('a school line dated differently does not join an entry that has its own date', () => {
  assert.deepEqual(
    entries(`EDUCATION
Graduate Diploma in Education, awarded June 2016
Curriculum and assessment studies
2009 - 2012 Eastvale Institute of Technology`),
    [
      ['Diploma in Education', '', '2016-06-01'],
      ['', 'Eastvale Institute of Technology', '2012-01-01'],
    ],
  );
  // The same end written twice is one entry.
  assert.deepEqual(entries('EDUCATION\nMBA, 2015\nHarbourview Business School, 2013 - 2015'), [['MBA', 'Harbourview Business School', '2015-01-01']]);
});

test('an award won at a school is no entry, and its date dates no entry above it', () => {
  assert.deepEqual(
    entries(`EDUCATION
Bachelor of Design, Harwood University, Kingsford
Feb 2012 - current
Award for Best Poster, Harwood University, 2013`),
    [['Bachelor of Design', 'Harwood University', 'Present']],
  );
  assert.deepEqual(
    entries(`EDUCATION
B.A. in Sociology, Fairhaven College, 2006
Licensed Clinical Social Worker (LCSW)
Outstanding Service Award, 2014`),
    [
      ['B.A. in Sociology', 'Fairhaven College', '2006-01-01'],
      ['Licensed Clinical Social Worker LCSW', '', ''],
    ],
  );
});

test('a credential written under an undated school line was earned there', () => {
  assert.deepEqual(
    entries(`EDUCATION
Lakeview State University, Lakeview, OR
Special Education Teaching Certificate, May 2004
Hillcrest College, Dayton, OH
Bachelor of Science in Nutrition, June 2001`),
    [
      ['Special Education Teaching Certificate', 'Lakeview State University', '2004-05-01'],
      ['Bachelor of Science in Nutrition', 'Hillcrest College', '2001-06-01'],
    ],
  );
  // A school line with its own date is a whole entry: the credential after it stands alone.
  assert.deepEqual(entries('EDUCATION\nM.A.\nB.A.\nGlenwood University, 2003, Counseling\nMarlow College, 1999, Linguistics\nLicensed Mental Health Counselor'), [
    ['M.A.', 'Glenwood University', '2003-01-01'],
    ['B.A.', 'Marlow College', '1999-01-01'],
    ['Licensed Mental Health Counselor', '', ''],
  ]);
});

test('"from" parts a degree from the school it was earned at', () => {
  assert.deepEqual(
    entries(`EDUCATION
Completed Master of Public Policy from Kingsley University, 2012
Diploma from the Institute of Marine Studies, Brest`),
    [
      ['Master of Public Policy', 'Kingsley University', '2012-01-01'],
      ['Diploma', 'Institute of Marine Studies', ''],
    ],
  );
  // What a degree was earned from is its school, even without a school word; a template's placeholder is not.
  assert.deepEqual(entries('EDUCATION\n- Completed 6 months Diploma in Network Administration from NETLABS, Pune'), [['Diploma in Network Administration', 'NETLABS', '']]);
  assert.deepEqual(entries('EDUCATION\n2011 B.E. (Mechanical) from XXXXXXXX'), [['B.E. Mechanical', '', '2011-01-01']]);
  assert.deepEqual(entries('EDUCATION\nM.Sc. in Chemistry with a commendation from Prof. Amal Roy'), [['M.Sc. in Chemistry with a commendation', '', '']]);
  // "from ... to ..." around dates is no part of the degree.
  assert.deepEqual(entries('EDUCATION\nB.S., from 2008 to 2012, Kingsley University'), [['B.S.', 'Kingsley University', '2012-01-01']]);
});

test('a name under a degree, its place broken onto the next line, is the school', () => {
  assert.deepEqual(
    entries(`EDUCATION
Diploma in Hotel Management
Meridian Skills Centre -
Pune, Maharashtra
2014`),
    [['Diploma in Hotel Management', 'Meridian Skills Centre', '2014-01-01']],
  );
  // Without a place after it, such a line names nothing.
  assert.deepEqual(entries('EDUCATION\nB.Com in Accounting\nFinal project on costing -\nGraded A'), [['B.Com in Accounting', '', '']]);
});

test('a short name under a degree that names its field, then the dates or the place, is the school', () => {
  assert.deepEqual(
    entries(`EDUCATION
B.Tech in Electronics and Communication
RVITM
2011 to 2015
Bachelor of Arts: Communication Studies
SUNY Fairport
Fairport, NY`),
    [
      ['B.Tech in Electronics and Communication', 'RVITM', '2015-01-01'],
      ['Bachelor of Arts: Communication Studies', 'SUNY Fairport', ''],
    ],
  );
  // A field, an honour or a sentence under the degree names no school.
  assert.deepEqual(entries('EDUCATION\nBachelor of Science\nComputer Science\n2014'), [['Bachelor of Science', '', '2014-01-01']]);
  assert.deepEqual(entries('EDUCATION\nBachelor of Arts in History\nMagna Cum Laude\n2009'), [['Bachelor of Arts in History', '', '2009-01-01']]);
  assert.deepEqual(entries('EDUCATION\nBachelor of Arts in History\nReferences available on request.'), [['Bachelor of Arts in History', '', '']]);
  // One word names a school by its initials only; written as a word, it is a town.
  assert.deepEqual(entries('EDUCATION\nB.Sc. in Applied Physics\nMangalore\n2010'), [['B.Sc. in Applied Physics', '', '2010-01-01']]);
});

test('a table flattened into a column of degrees, then one dated row per degree, pairs them in order', () => {
  assert.deepEqual(
    entries(`EDUCATION
Ph.D.
M.A.
B.S.
Lakeshore University, 2009, Clinical Psychology
CUNY Brookfield, 2004, Psychology
Marlow College: Biology, 2001`),
    [
      ['Ph.D.', 'Lakeshore University', '2009-01-01'],
      ['M.A.', 'CUNY Brookfield', '2004-01-01'],
      ['B.S.', 'Marlow College', '2001-01-01'],
    ],
  );
});

test('a school name broken at its linking word is joined up', () => {
  assert.deepEqual(
    entries(`EDUCATION
Postgraduate Diploma in Law, University of
Westmoor, awarded in June 1998
Certificate in Mediation, The University
of Eastbridge, 2001`),
    [
      ['Postgraduate Diploma in Law', 'University of Westmoor', '1998-06-01'],
      ['Certificate in Mediation', 'The University of Eastbridge', '2001-01-01'],
    ],
  );
});

test('a degree broken after its linking word is joined up with the next line', () => {
  assert.deepEqual(
    entries(`EDUCATION
Bachelor of
Technology (B.Tech.)
Kestrel Institute of Technology, 2011
Post Graduate Diploma in Retail Management and
Consumer Behaviour
Harlow School of Management, 2014`),
    [
      ['Bachelor of Technology B.Tech.', 'Kestrel Institute of Technology', '2011-01-01'],
      ['Post Graduate Diploma in Retail Management and Consumer Behaviour', 'Harlow School of Management', '2014-01-01'],
    ],
  );
});

test('"P.hD" is a doctorate, and the department it is studied in is no part of its name', () => {
  assert.deepEqual(
    entries(`EDUCATION
Pursuing P.hD in the Department of Chemistry, Larchmont Institute of Science,
Completed 2 years with CPI of 8.9`).map(([degree, school]) => [degree, school]),
    [['P.hD', 'Larchmont Institute of Science']],
  );
});

test('the short capitalised name after a dated degree is its school, without a school word', () => {
  assert.deepEqual(
    entries(`EDUCATION
BSc Marine Biology, Aldwick Hall, 2006 - 2009
BSc Physics, First Class, 2012
MSc Ecology, XXXXXXXx, 2014`),
    [
      ['BSc Marine Biology', 'Aldwick Hall', '2009-01-01'],
      ['BSc Physics', '', '2012-01-01'],
      ['MSc Ecology', '', '2014-01-01'],
    ],
  );
});

test('a faculty is a school, but the university named with it comes first; "from" parts a phrase from the school after it', () => {
  assert.deepEqual(
    entries(`EDUCATION
Masters degree in Public Health
Faculty of Medicine, Kestrel University, 2001
Diploma in Translation
Faculty of Arts and Languages, Lyon, 1996
Trained in Stage Lighting from the Harbor Academy of Art`),
    [
      ['Masters degree in Public Health', 'Kestrel University', '2001-01-01'],
      ['Diploma in Translation', 'Faculty of Arts and Languages', '1996-01-01'],
      ['', 'Harbor Academy of Art', ''],
    ],
  );
});

test('a town, a role or a grade where a school could stand names no school', () => {
  assert.deepEqual(entries('EDUCATION\nDiploma in Nursing from Chennai, 2010'), [['Diploma in Nursing', '', '2010-01-01']]);
  assert.deepEqual(entries('EDUCATION\nBSc Physics, London, 2012'), [['BSc Physics', '', '2012-01-01']]);
  assert.deepEqual(entries('EDUCATION\nB.Tech in Civil Engineering\nSummer Intern\n2012 to 2016'), [['B.Tech in Civil Engineering', '', '2016-01-01']]);
  assert.deepEqual(entries('EDUCATION\nB.Tech in Civil Engineering\nThesis Advisor Dr Lee\n2016'), [['B.Tech in Civil Engineering', '', '2016-01-01']]);
});
