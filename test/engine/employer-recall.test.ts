import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRegion } from '../../src/engine/parse/places.ts';
import { companyCues, looksLikePlace } from '../../src/engine/parse/roles.ts';
import { jobs } from './fixtures.ts';

test('a firm named after a person with a middle initial ("Marta J. Okafor, PA") is an employer, not a town and its state', () => {
  const text = 'EXPERIENCE\nOkafor & Lind, PA\nElmwood, Vermont\nOffice Manager (2009 - 2013)\nMarta J. Okafor, PA\nRutland, Vermont\nBilling Clerk (2006 - 2009)';
  assert.deepEqual(jobs(text), [
    ['Office Manager', 'Okafor & Lind', '2009-01-01', '2013-01-01'],
    ['Billing Clerk', 'Marta J. Okafor', '2006-01-01', '2009-01-01'],
  ]);
});

test('a post opened by "Visiting" ("Visiting Research Scholar") is the title, so the institution beside it is the employer', () => {
  const text = 'EXPERIENCE\n03/2017 - 07/2017\nVisiting Research Scholar\nHarwell University, Elmwood\nRan a reading group on glacier dynamics';
  assert.deepEqual(jobs(text), [['Visiting Research Scholar', 'Harwell University', '2017-03-01', '2017-07-01']]);
});

test('a title headed before "of" ("Lecturer of Hydrology") outweighs a rank in brackets after it', () => {
  const text = 'EXPERIENCE\nLecturer of Hydrology (Senior, Tenured), Harwell University, since 2004\nTeaches field mapping';
  assert.deepEqual(jobs(text)[0].slice(0, 2), ['Lecturer of Hydrology', 'Harwell University']);
});

test('"Dept." beside its university is the unit one worked for, as "Department" is', () => {
  const text = 'EXPERIENCE\nSystems Analyst\n4/2011 - 8/2011 Harwell State University School of Evening Studies, Finance Dept., Rutland, VT\nBuilt web forms for fee payments';
  assert.deepEqual(jobs(text), [['Systems Analyst', 'Finance Dept', '2011-04-01', '2011-08-01']]);
});

test('an employer line with its place, a dash and what the firm does ("..., Elmwood, VT - Architecture studio designing ...") heads the job', () => {
  const text = 'EXPERIENCE\nLARKSPUR STUDIO, Elmwood, VT - Architecture studio designing small libraries and schools\nJunior Architect, 2012 to Present\nDrew plans for three branch libraries';
  assert.deepEqual(jobs(text), [['Junior Architect', 'LARKSPUR STUDIO', '2012-01-01', 'Present']]);
});

test('"EMPLOYER as a Title" names the employer before "as" ("HARWELL as a Consultant")', () => {
  const text = 'EXPERIENCE\nHARWELL as a Consultant\nNetwork Security - May 2014 to Present\nRan system refreshes and upgrades';
  assert.deepEqual(jobs(text), [['Consultant', 'HARWELL', '2014-05-01', 'Present']]);
  // "Serving as a ..." tells how, not where: no employer.
  assert.deepEqual(jobs('EXPERIENCE\nServing as a Tyre Fitter\n2001 - 2006'), [['Tyre Fitter', '', '2001-01-01', '2006-01-01']]);
});

test('seasonal jobs listed as "Employer, winter (2013)" above their town are jobs of that year at that employer', () => {
  const text = 'EXPERIENCE\nHarbor Grill Restaurant (2014)\nRutland, VT\nLarkspur Bakery, winter (2013)\nRutland, VT\nPinecrest Hardware, summer (2012)\nRutland, VT';
  assert.deepEqual(jobs(text), [
    ['', 'Harbor Grill Restaurant', '2014-01-01', '2014-12-01'],
    ['', 'Larkspur Bakery', '2013-01-01', '2013-12-01'],
    ['', 'Pinecrest Hardware', '2012-01-01', '2012-12-01'],
  ]);
});

test('a lone year under a title, its town and its employer ("Riding Instructor" / "Dover, VT" / "Alder Creek Ranch") dates that job', () => {
  const text = 'EXPERIENCE\nRiding Instructor\nDover, VT\nAlder Creek Ranch\nSummer, 2009\n• Led groups of ten riders on mountain trails\nSwim Instructor\nBurlington, VT\nFernhill Pool\nSummer, 2008\n• Taught stroke technique to children';
  assert.deepEqual(jobs(text), [
    ['Riding Instructor', 'Alder Creek Ranch', '2009-01-01', '2009-12-01'],
    ['Swim Instructor', 'Fernhill Pool', '2008-01-01', '2008-12-01'],
  ]);
});

test('a line inside a job naming an employer, a title, and a town and state with a year ("Pinecrest Labs, Research Intern, Dover, DE 2008") is a role held there', () => {
  const text = 'EXPERIENCE\nLakeside Analytics, Data Analyst, Rutland, VT\n2010 - 2014\n• Built weekly sales reports\nPinecrest Labs, Research Intern, Dover, DE 2008\n• Tested humidity sensors';
  assert.deepEqual(jobs(text), [
    ['Data Analyst', 'Lakeside Analytics', '2010-01-01', '2014-01-01'],
    ['Research Intern', 'Pinecrest Labs', '', ''],
  ]);
});

test('a role line naming its own employer and place ("Pinecrest Labs, Research Intern, Dover, DE") is a job apart, not the title of the employer above it', () => {
  const text = 'EXPERIENCE\nHarwick Foods\n2012 - 2015\n• Managed stock for three stores\nPinecrest Labs, Research Intern, Dover, DE\n• Tested humidity sensors';
  assert.deepEqual(jobs(text), [
    ['', 'Harwick Foods', '2012-01-01', '2015-01-01'],
    ['Research Intern', 'Pinecrest Labs', '', ''],
  ]);
});

test('"<Town>, Co. <County>" ending a line is a place, so an employer line within a job ending on one is a job of its own', () => {
  const text = 'EXPERIENCE\nHarbor Records Office, Elmwood\n2004 - 2005\n• Filed the court papers\nGlenmoy Dairy (Ireland), Ballinure, Co. Tipperary\n• Answered the phones';
  assert.deepEqual(jobs(text), [
    ['', 'Harbor Records Office', '2004-01-01', '2005-01-01'],
    ['', 'Glenmoy Dairy (Ireland)', '', ''],
  ]);
});

test('a label may be set off from its value by a dash ("Employer - Harbor Foods"), as by a colon', () => {
  const text = 'EXPERIENCE\nEmployer - Larkfield Foods\nPosition - Shift Supervisor\nJune 2010 - May 2014\nRan the night shift';
  assert.deepEqual(jobs(text), [['Shift Supervisor', 'Larkfield Foods', '2010-06-01', '2014-05-01']]);
  const named = 'EXPERIENCE\nCompany Name – Orbit Tiles, Dover\nJob Title – Estimator\n2016 - 2019';
  assert.deepEqual(jobs(named), [['Estimator', 'Orbit Tiles', '2016-01-01', '2019-01-01']]);
});

test('a labelled employer leaves out its town and state ("Organization: <firm>, Mesa, AZ")', () => {
  const text = 'EXPERIENCE\nDesignation: Press Operator\nOrganization: Bramble Print Works, Mesa, AZ\nDuration: May 2010 - till date\nRan the presses';
  assert.deepEqual(jobs(text), [['Press Operator', 'Bramble Print Works', '2010-05-01', 'Present']]);
  assert.deepEqual(jobs('EXPERIENCE\nCompany: Harbor Foods, Elmwood, Vermont\nRole: Baker\n2012 - 2014').map((j) => j[1]), ['Harbor Foods']);
});

test('a name placed by its country alone is the employer unless it is a known town ("<Firm>, Canada")', () => {
  const text = (place: string) => `EXPERIENCE\nQuality Analyst\n${place}\nJanuary 2012 - November 2012\nTested the smart meters of the county.`;
  assert.deepEqual(jobs(text('Corvidia, Canada')), [['Quality Analyst', 'Corvidia', '2012-01-01', '2012-11-01']]);
  assert.deepEqual(jobs(text('Leicester, UK')), [['Quality Analyst', '', '2012-01-01', '2012-11-01']]);
  // Initials before a country may be a state's ("UP, India"): still a place.
  assert.equal(looksLikePlace('UP, India'), true);
  assert.equal(looksLikePlace('Odesa, Ukraine'), true);
});

test('a known town alone is a place; a town named like a common word is not taken for one', () => {
  assert.equal(looksLikePlace('Leeds'), true);
  assert.equal(looksLikePlace('SUNDERLAND'), true);
  assert.equal(looksLikePlace('Reading'), false);
  assert.equal(isRegion('Greece.'), true);
});

test('a firm named after its members ("Northwind Traders") above a title that names one role is the employer, not the title', () => {
  assert.deepEqual(jobs('EXPERIENCE\nMarch 2012 - May 2016\nNorthwind Traders\nAnalyst\nBuilt the monthly reports'), [['Analyst', 'Northwind Traders', '2012-03-01', '2016-05-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nHarbor Builders\nSite Engineer\n2018 - 2020'), [['Site Engineer', 'Harbor Builders', '2018-01-01', '2020-01-01']]);
  // Beside another plural, a plural title is an occupation's name, not a firm's.
  assert.deepEqual(jobs('EXPERIENCE\nNursing Assistants, Orderlies, and Psychiatric Aides\n2015 - 2019').map((j) => j[1]), ['']);
});

test('a public office named after its post ("Attorney Generals Office", "Clerk\'s Office") or what it keeps ("Post Office") is the employer, not a title; "Microsoft Office" is none', () => {
  assert.deepEqual(jobs('EXPERIENCE\nAttorney Generals Office\n2010 - 2014\nDrafted replies to appeals'), [['', 'Attorney Generals Office', '2010-01-01', '2014-01-01']]);
  assert.deepEqual(jobs("EXPERIENCE\nClerk's Office, Harwell County\n2001 - 2003\nIndexed land deeds"), [['', "Clerk's Office", '2001-01-01', '2003-01-01']]);
  assert.deepEqual(jobs("EXPERIENCE\nLegal Assistant, District Attorney's Office\n2016 - 2018\nPrepared case files"), [['Legal Assistant', "District Attorney's Office", '2016-01-01', '2018-01-01']]);
  assert.deepEqual(jobs('EXPERIENCE\nMail Carrier\nPost Office, Elmwood\n2001 - 2003\nSorted the morning mail'), [['Mail Carrier', 'Post Office', '2001-01-01', '2003-01-01']]);
  assert.equal(companyCues('Microsoft Office'), 0);
  assert.equal(companyCues('Brought files to the client\'s office'), 0);
});
