import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateRanges } from '../../src/engine/parse/dates.ts';
import { parseResume } from '../../src/engine/parse/resume.ts';
import { cleanText } from '../../src/engine/text/clean.ts';
import { stripBullet, toLines } from '../../src/engine/text/lines.ts';
import { keyTerms, stem } from '../../src/engine/text/words.ts';

test('byte escapes are decoded and bullets put on their own lines', () => {
  const t = cleanText('Skills:  \\xe2\\x80\\xa2 Java  \\xe2\\x80\\xa2 Python');
  assert.ok(!t.includes('\\x'));
  assert.deepEqual(toLines(t).map(stripBullet), ['Skills:', 'Java', 'Python']);
});

test('invalid escapes, zero-width and control characters are dropped', () => {
  assert.equal(cleanText('A\\xffB\u200bC\u0007D'), 'A BC D');
});

test('runs of spaces split lines; a lost dash between dates is restored', () => {
  assert.deepEqual(toLines('WORK EXPERIENCE  ABC Institute  Tucson, AZ | Mar 2011  Present  Educational Assistant'), [
    'WORK EXPERIENCE',
    'ABC Institute',
    'Tucson, AZ',
    'Mar 2011 - Present',
    'Educational Assistant',
  ]);
});

test('key terms drop filler words and join word families', () => {
  assert.deepEqual(keyTerms('Strong knowledge of Baking Techniques'), keyTerms('baking technique'));
  assert.equal(stem('analyst'), stem('analysis'));
  assert.equal(stem('bakers'), stem('baker'));
});

test('year ranges written without a dash or a space are split', () => {
  assert.deepEqual(toLines('• 20012006: Acme\n• 2005present: Globex'), ['• 2001 - 2006: Acme', '• 2005 - present: Globex']);
});

test('a label broken from its value is joined back', () => {
  assert.deepEqual(toLines('Role\n: Lead Data Analyst'), ['Role: Lead Data Analyst']);
});

test('a dash earlier in the line does not stand for the broken range\'s own dash', () => {
  assert.deepEqual(toLines('Analyst - Acme Corp, January\nDecember 2010'), ['Analyst - Acme Corp, January - December 2010']);
});

test('a date range broken across lines is joined', () => {
  assert.deepEqual(toLines('Assistant Teacher, Tiny Steps Daycare; January\nDecember 2010\nLed circle time'), [
    'Assistant Teacher, Tiny Steps Daycare; January - December 2010',
    'Led circle time',
  ]);
  assert.deepEqual(toLines('Analyst, Fernbrook Ltd, Mar 2011 -\nPresent'), ['Analyst, Fernbrook Ltd, Mar 2011 - Present']);
  // Two complete ranges on their own lines stay apart.
  assert.deepEqual(toLines('2012 - 2013\n2010 - 2011'), ['2012 - 2013', '2010 - 2011']);
});

test('an escaped character encoded twice as UTF-8 is decoded once more ("2012 \\xc3\\xa2\\xc2\\x80\\xc2\\x93 Present")', () => {
  assert.equal(cleanText('Field Engineer  2012 \\xc3\\xa2\\xc2\\x80\\xc2\\x93 Present'), 'Field Engineer  2012 - Present');
  // Accented letters escaped once stay as they are.
  assert.equal(cleanText('Caf\\xc3\\xa9 Nord'), 'Café Nord');
});

test('once one date is written day first, every full date of the resume is read day first', () => {
  const lines = toLines('Office Clerk\n14/03/2016 - Present\nReceptionist\n02/07/2012 - 01/10/2015');
  assert.deepEqual(
    findDateRanges(lines[3]).map((r) => [r.start, r.end]),
    [[{ year: 2012, month: 7, yearOnly: false }, { year: 2015, month: 10, yearOnly: false }]],
  );
  // Without a day above 12, "02/07/2012" stays month first.
  assert.equal(toLines('02/07/2012 - 01/10/2015')[0], '02/07/2012 - 01/10/2015');
});

test('a range whose end wraps under its start ("April 2013 Title, Employer" then "present ...") runs to the present', () => {
  assert.deepEqual(toLines('April 2013 Senior Software Engineer, Brightleaf.\npresent Built the Android SDK.'), [
    'April 2013 - present Senior Software Engineer, Brightleaf.',
    'Built the Android SDK.',
  ]);
  // A verb opening the next line under a sentence is left alone.
  assert.deepEqual(toLines('Reviewed 500 files a year\nPresent cases to the board'), ['Reviewed 500 files a year', 'Present cases to the board']);
});

test('a range broken after its start year ("... from May 2007" then "to June 2009") is one line', () => {
  assert.deepEqual(toLines('Software Engineer, Harbor Systems, Pune from May 2007\nto June 2009\nBuilt billing tools.'), [
    'Software Engineer, Harbor Systems, Pune from May 2007 to June 2009',
    'Built billing tools.',
  ]);
  assert.deepEqual(toLines('GENERAL MANAGER, FIELD SERVICES DIVISION (1993\nto 1999)'), ['GENERAL MANAGER, FIELD SERVICES DIVISION (1993 to 1999)']);
  // A sentence opened by "to" after a year is not a range's end.
  assert.deepEqual(toLines('Sales grew in 2015\nto record levels.'), ['Sales grew in 2015', 'to record levels.']);
});

test('HTML entities stand for their characters, however often they were escaped', () => {
  assert.equal(cleanText('Fenwick &amp; Lorne Outfitters &#39;North&#x27; R&amp;amp;D &lt;lab&gt; &#0; &bogus;'), "Fenwick & Lorne Outfitters 'North' R&D <lab> &#0; &bogus;");
  const { workExperience } = parseResume('WORK EXPERIENCE\nStore Manager\nFenwick &amp; Lorne Outfitters\nMarch 2015 - Present');
  assert.equal(workExperience[0].company, 'Fenwick & Lorne Outfitters');
});

test('half a surrogate pair, written as an entity or left in the text, is no character and is dropped; a whole pair stays', () => {
  assert.equal(cleanText('Lorne &#xD800; Outfitters \uD83D\uDE00 Dover \uDC00 Kent \uD800'), 'Lorne &#xD800; Outfitters \uD83D\uDE00 Dover   Kent');
});

test('a bar parts fields even when it keeps a space on one side only', () => {
  assert.deepEqual(toLines('jo.reyes@mailbox.test| 555-013-2234 |Dover, DE | Lakeview Clinic'), [
    'jo.reyes@mailbox.test',
    '555-013-2234',
    'Dover, DE',
    'Lakeview Clinic',
  ]);
});
