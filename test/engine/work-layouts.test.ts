import assert from 'node:assert/strict';
import { test } from 'node:test';
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
