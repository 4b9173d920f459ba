import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateRanges, findDates, findJobRanges, monthSpan, parseDatePoint, toIso } from '../../src/engine/parse/dates.ts';

const iso = (line: string) => findDateRanges(line).map((r) => [toIso(r.start), toIso(r.end)]);
const today = new Date(Date.UTC(2024, 5, 15));

test('month-year ranges with present', () => {
  assert.deepEqual(iso('Software Engineer, Jan 2019 – Present'), [['2019-01-01', 'Present']]);
  assert.deepEqual(iso('February 2016 to Present'), [['2016-02-01', 'Present']]);
  assert.deepEqual(iso('Sept. 2017 - Mar 2020'), [['2017-09-01', '2020-03-01']]);
  assert.deepEqual(iso("Jun '18 - Dec '19"), [['2018-06-01', '2019-12-01']]);
});

test('year ranges, numeric months and seasons', () => {
  assert.deepEqual(iso('B.Tech 2017-2021'), [['2017-01-01', '2021-01-01']]);
  assert.deepEqual(iso('06/2020 - 08/2021'), [['2020-06-01', '2021-08-01']]);
  assert.deepEqual(iso('2/1/2012 - Current'), [['2012-02-01', 'Present']]);
  assert.deepEqual(iso('09/14-Present'), [['2014-09-01', 'Present']]);
  // A month without its leading zero and a two-digit year, at the ends of a range only.
  assert.deepEqual(iso('Line Cook 2/89 to 1/90'), [['1989-02-01', '1990-01-01']]);
  assert.deepEqual(iso('8/01 to Present'), [['2001-08-01', 'Present']]);
  assert.deepEqual(findDates('Scored 8/10 in the final round'), []);
  assert.deepEqual(iso('Intern, Summer 2018 - Fall 2018'), [['2018-06-01', '2018-09-01']]);
  assert.deepEqual(iso('Worked as a Survey Researcher between 2013 and 2016'), [['2013-01-01', '2016-01-01']]);
});

test('two-digit end years and month spans within one year', () => {
  assert.deepEqual(iso('Youth Counselor, Harbor House, Dayton, OH, 1984-89'), [['1984-01-01', '1989-01-01']]);
  assert.deepEqual(iso('B.Com 2011-12, 2012-13'), [['2011-01-01', '2012-01-01'], ['2012-01-01', '2013-01-01']]);
  // A year and its month, or a full ISO date, stay what they are.
  assert.deepEqual(iso('Released 2019-03'), []);
  assert.deepEqual(iso('Born 1990-12-05'), []);
  assert.deepEqual(iso('Intern engineer / Alder Labs, Jun - Sept 2009'), [['2009-06-01', '2009-09-01']]);
  assert.deepEqual(iso('Seasonal clerk, November to December 2007'), [['2007-11-01', '2007-12-01']]);
  assert.deepEqual(iso('Ski instructor, Nov - Feb 2011'), [['2010-11-01', '2011-02-01']]);
  assert.deepEqual(iso('Summer intern (Jan - May 06)'), [['2006-01-01', '2006-05-01']]);
});

test('a month joined to its year by a dash or a slash; "till now"', () => {
  assert.deepEqual(iso('Jun-18 - Dec-2020'), [['2018-06-01', '2020-12-01']]);
  assert.deepEqual(iso('Analyst May/2008 - May/2016'), [['2008-05-01', '2016-05-01']]);
  assert.deepEqual(iso('Dec 2010 - Till Now'), [['2010-12-01', 'Present']]);
  assert.deepEqual(iso('08 / 2008 - 09 / 2009'), [['2008-08-01', '2009-09-01']]);
});

test('open ranges end at present', () => {
  assert.deepEqual(iso('Automation Scripting (September 2017 onwards)'), [['2017-09-01', 'Present']]);
  assert.deepEqual(iso('since 2015'), [['2015-01-01', 'Present']]);
});

test('single dates and what is not a date', () => {
  assert.deepEqual(findDates('Graduated May 2008, GPA 3.6').map((d) => toIso(d.point)), ['2008-05-01']);
  assert.equal(parseDatePoint('Summer 2018') !== null, true);
  assert.deepEqual(iso('Phone 9876543210'), []);
  assert.deepEqual(iso('Version 3.10 released'), []);
});

test('months between dates', () => {
  const monthsBetween = (start: string, end: string, now: Date) => {
    const span = monthSpan(start, end, now);
    return span ? span.to - span.from : 0;
  };
  assert.equal(monthsBetween('2019-01-01', '2023-01-01', today), 48);
  assert.equal(monthsBetween('2022-12-01', '2023-11-01', today), 11);
  assert.equal(monthsBetween('2023-06-01', 'Present', today), 12);
  assert.equal(monthsBetween('', '2020-01-01', today), 0);
  assert.equal(monthsBetween('2020-05-01', '2019-01-01', today), 0);
});

test('French, German and Spanish month names date a range', () => {
  assert.deepEqual(iso('Mars 2012 - Août 2013'), [['2012-03-01', '2013-08-01']]);
  assert.deepEqual(iso('Januar 2012 - present'), [['2012-01-01', 'Present']]);
  assert.deepEqual(iso('Mayo 2008 - Diciembre 2010'), [['2008-05-01', '2010-12-01']]);
  assert.deepEqual(iso('Mai to October 1989'), [['1989-05-01', '1989-10-01']]);
});

test('a month and its year joined by a slash to another or to the present is a range; two bare years are not', () => {
  assert.deepEqual(iso('Mar 2014/Now Harbourline Studios'), [['2014-03-01', 'Present']]);
  assert.deepEqual(iso('Oct 08/Jan 12'), [['2008-10-01', '2012-01-01']]);
  assert.deepEqual(iso('2014/2015 season'), []);
});

test('a day of the month between the month and the year ("June 5, 2015", "Sept. 30 1996", "March 1st 2014") is no year of its own', () => {
  assert.deepEqual(iso('June 5, 2015 - Aug 10, 2017'), [['2015-06-01', '2017-08-01']]);
  assert.deepEqual(iso('Since: Sept. 30 1996 Until: March 1st 2014'), [['1996-09-01', '2014-03-01']]);
  assert.deepEqual(iso('Oct 09 2012 - Present'), [['2012-10-01', 'Present']]);
  assert.equal(toIso(parseDatePoint('November 21st, 2019')), '2019-11-01');
  // Without a year after it, a two-digit number is still the year ("May 12 - Jun 13").
  assert.deepEqual(iso('May 12 - Jun 13'), [['2012-05-01', '2013-06-01']]);
});

test('a job never takes a range running back in time: a run of several jobs\' dates opened by "since" starts the first job then, any other gives none', () => {
  const jobDates = (line: string) => findJobRanges(line).map((r) => [toIso(r.start), toIso(r.end)]);
  assert.deepEqual(jobDates('Since 2019 - Feb 2017 - Jun 2019 - May 2014 - Jan 2017')[0], ['2019-01-01', 'Present']);
  assert.deepEqual(jobDates('2018 - 2016 - 2015'), [['', '']]);
  // A stray date before a range running forward is still read past, as forwardRange does.
  assert.deepEqual(jobDates('March 2014 - Jun 2012 - Jul 2012'), [['2012-06-01', '2012-07-01']]);
});
