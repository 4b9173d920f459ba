import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateRanges, forwardRange } from '../../src/engine/parse/dates.ts';
import { parseResume } from '../../src/engine/parse/resume.ts';
import { findWork } from '../../src/engine/parse/work.ts';

test('in a section written date-first, a lone year heads the entry below it', () => {
  const jobs = findWork([
    '2016 - current',
    'Swim Coach: Kestrel Aquatics Club',
    'Coached junior squads in stroke technique and race starts',
    '2015',
    'Reading Tutor: Fernhill Community Centre',
    'Read with small groups of pupils after school',
    '2012 - 2014',
    'Library Assistant: Marlow Public Library',
    'Shelved returns and ran the holiday reading programme',
  ]);
  assert.deepEqual(
    jobs.map((w) => [w.position, w.company, w.startDate]),
    [
      ['Swim Coach', 'Kestrel Aquatics Club', '2016-01-01'],
      ['Reading Tutor', 'Fernhill Community Centre', '2015-01-01'],
      ['Library Assistant', 'Marlow Public Library', '2012-01-01'],
    ],
  );
});

test('a lone year under a detail line heads no entry where the section puts its headers above the dates', () => {
  const jobs = findWork([
    'Swim Coach, Kestrel Aquatics Club',
    '2016 - current',
    'Coached junior squads in stroke technique and race starts',
    'Library Assistant, Marlow Public Library',
    '2012 - 2014',
    'Shelved returns and ran the holiday reading programme',
    '2013',
    'Reading Tutor: Fernhill Community Centre',
  ]);
  assert.deepEqual(
    jobs.filter((w) => w.startDate).map((w) => [w.position, w.company, w.startDate]),
    [
      ['Swim Coach', 'Kestrel Aquatics Club', '2016-01-01'],
      ['Library Assistant', 'Marlow Public Library', '2012-01-01'],
    ],
  );
});

test('a section written date-first with lone years heads each entry with the line below its year', () => {
  const text = 'Kim Lee\nEXPERIENCE\n2016 - current\nSwim Coach: Kestrel Aquatics Club\nCoached junior squads in stroke technique and race starts\n2015\nReading Tutor: Fernhill Community Centre\nRead with small groups of pupils after school\n2013\nLibrary Assistant: Marlow Public Library\nShelved returns and ran the holiday reading programme\n2012\nCashier: Corner Market\nRan the till and counted the float at close';
  assert.deepEqual(parseResume(text).workExperience.map((w) => [w.position, w.startDate]), [
    ['Swim Coach', '2016-01-01'],
    ['Reading Tutor', '2015-01-01'],
    ['Library Assistant', '2013-01-01'],
    ['Cashier', '2012-01-01'],
  ]);
});

test('a column of labels headed by the employer\'s ("NAME OF EMPLOYER" / "POSITION" / "PERIOD") gives the first value line as the employer, not the unit below it', () => {
  const labels = 'NAME OF EMPLOYER\nPOSITION HELD\nPERIOD\nRESPONSIBILITIES\n';
  const text = `EMPLOYMENT HISTORY\n1.\n${labels}Kestrelmoor Bank\nRetail Lending\nCredit Analyst\nMarch 2011 to May 2013\nReviewed loan files\n2.\n${labels}Kestrelmoor Bank - Card Services\nTeller\nJune 2008 to February 2011\nServed customers`;
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
  assert.deepEqual(jobs, [
    ['Credit Analyst', 'Kestrelmoor Bank', '2011-03-01', '2013-05-01'],
    ['Teller', 'Kestrelmoor Bank', '2008-06-01', '2011-02-01'],
  ]);
});

test('an employer with its town and state, then a season and year on the same line ("Summer 2008"), is a seasonal job of that year', () => {
  const text = 'EXPERIENCE\nLarkspur Garden Center, Elmwood VT 2009 to Present\nWatered the plants\nMarlowe Pizza & Subs, Elmwood VT Summer 2008\nTook phone orders and kept the counter clean';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
  assert.deepEqual(jobs, [
    ['', 'Larkspur Garden Center', '2009-01-01', 'Present'],
    ['', 'Marlowe Pizza & Subs', '2008-06-01', '2008-06-01'],
  ]);
});

test('a dated line naming the title, above a line naming the employer and its place, is the whole header: the lines above it are not read', () => {
  const text = 'EXPERIENCE\nFood Safety Basics\nMenu Costing\nPastry Intern, June 2016 to August 2016\nQuillmark Bakery Inc., Fernhollow, Oregon\n• Laminated dough for the morning bake';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
  assert.deepEqual(jobs, [['Pastry Intern', 'Quillmark Bakery Inc', '2016-06-01', '2016-08-01']]);
});

test('a dated header whose employer, in capitals after a comma, wraps onto the next line goes on there up to the prose', () => {
  const text = 'EXPERIENCE\n• 2001-04: CASE OFFICER, HARBOR TENANCY\nADVICE SERVICE. My main task was to answer the questions of tenants.\n• 1998-2001: FILING CLERK, KESTREL TRADING LTD\nFiled the orders and kept the stock book.';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate, w.description]);
  assert.deepEqual(jobs, [
    ['CASE OFFICER', 'HARBOR TENANCY ADVICE SERVICE', '2001-01-01', '2004-01-01', 'My main task was to answer the questions of tenants.'],
    ['FILING CLERK', 'KESTREL TRADING LTD', '1998-01-01', '2001-01-01', 'Filed the orders and kept the stock book.'],
  ]);
});

test('a dated line opened by a company word alone before a comma ("Systems, Dover, DE, ...") ends the name the header line above was cut in', () => {
  const text = 'EXPERIENCE\nTraining Director\nCorporate Training Unit, Kestrel Learning\nSystems, Dover, DE, May 2005 to Nov. 2006\n• Built the corporate practice from scratch';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
  assert.deepEqual(jobs, [['Training Director', 'Kestrel Learning Systems', '2005-05-01', '2006-11-01']]);
});

test('a dated header wrapped after a linking word ("... Commissioner of") goes on on the next line, which names no job of its own', () => {
  const text = 'EXPERIENCE\nStaff Counsel (1984-90), Office of the Tidewater Commissioner of\nFisheries, Dover, Delaware\nResponsibilities: licensing appeals and Head, Hearings Unit\nAssociate (1980-84), Marlow Keane LLP';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
  assert.deepEqual(jobs, [
    ['Staff Counsel', 'Office of the Tidewater Commissioner of Fisheries', '1984-01-01', '1990-01-01'],
    ['Associate', 'Marlow Keane LLP', '1980-01-01', '1984-01-01'],
  ]);
});

test('a title inside a job above a town and an employer ("Ski Instructor" / "Dover, VT" / "Tamarack Lodge") is a role held at that employer', () => {
  const text = 'EXPERIENCE\nPlayground Aide\nElmwood, VT\nPinecrest Play Center\nAugust 2009 - June 2010\n• Led games for children aged 6 to 10\nSki Instructor\nDover, VT\nTamarack Lodge\nSpring Break (2 weeks), 2010\n• Taught beginners in groups of eight';
  const jobs = parseResume(text).workExperience.map((w) => [w.position, w.company]);
  assert.deepEqual(jobs, [
    ['Playground Aide', 'Pinecrest Play Center'],
    ['Ski Instructor', 'Tamarack Lodge'],
  ]);
});

test('a header in capitals parts its title from its employer at "FOR"/"AT" as one in lowercase does, and one wrapped after a linking word in capitals goes on in capitals on the next line', () => {
  const text = 'EXPERIENCE\n• 2003-2006: PROGRAM OFFICER AT HARWICK FREIGHT LINES\nPlanned routes for the northern depots.\n• 1997-2000: FIELD COORDINATOR FOR THE NORTHERN HILLS FOR\nKESTREL RELIEF TRUST based in Tromso (a shared post). We ran the flood programs.';
  const [first, second] = parseResume(text).workExperience;
  assert.deepEqual([first.position, first.company], ['PROGRAM OFFICER', 'HARWICK FREIGHT LINES']);
  assert.equal(second.position, 'FIELD COORDINATOR');
  // The employer goes on past the wrap ("... FOR" / "KESTREL RELIEF TRUST"), up to the prose.
  assert.match(second.company, /FOR KESTREL RELIEF TRUST$/);
});

test('a stray date run onto a job\'s range (ending the entry above, or a page\'s date) does not date the job', () => {
  const jobs = findWork([
    'Aug 2014 - Present',
    'Shop Assistant',
    'Larkspur Hardware',
    'Served customers at the counter and restocked the shelves',
    'March 2016 - Jun 2013 - Aug 2013',
    'Help Desk Intern',
    'Orbitline Systems',
    'Answered the phone line for the clients of the firm',
  ]);
  assert.deepEqual(
    jobs.map((w) => [w.position, w.company, w.startDate, w.endDate]),
    [
      ['Shop Assistant', 'Larkspur Hardware', '2014-08-01', 'Present'],
      ['Help Desk Intern', 'Orbitline Systems', '2013-06-01', '2013-08-01'],
    ],
  );
});

test('a range running back in time keeps its dates when no dash or word joins the next date to it, or that range runs into the next', () => {
  const dated = (line: string) => findDateRanges(line).map((r) => forwardRange(line, r));
  const award = dated('Dec 2019 - Jan 2017 2018 Employee of the Month');
  assert.deepEqual(award.map((r) => [r.start, r.end]), [[{ year: 2019, month: 12, yearOnly: false }, { year: 2017, month: 1, yearOnly: false }]]);
  const line = 'Mar 2016 - Jun 2013 Aug 2013 - Present';
  const ranges = findDateRanges(line);
  const kept = ranges.map((r, i) => forwardRange(line, r, ranges[i + 1]?.index));
  assert.deepEqual(kept, ranges);
});
