import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { schoolName } from '../../src/engine/parse/degrees.ts';

const schools = (text: string) => parseResume(text).education.map((e) => [e.degree, e.school]);

test('school names in other languages and by their initials', () => {
  assert.equal(schoolName('Licenciatura, UNIVERSIDADE FEDERAL DO PARANA, Curitiba'), 'UNIVERSIDADE FEDERAL DO PARANA');
  assert.equal(schoolName('Master, Universität Bremen'), 'Universität Bremen');
  assert.equal(schoolName('M.Tech, IIT Madras'), 'IIT Madras');
  assert.deepEqual(schools('EDUCATION\nDiploma in Mechanical Engineering from NIT, Warangal, 2009'), [['Diploma in Mechanical Engineering', 'NIT']]);
});

test('a school written in lowercase on a line of its own', () => {
  assert.deepEqual(schools('EDUCATION\nB.Tech in Civil Engineering\nsri venkata engineering college\n2012 - 2016'), [['B.Tech in Civil Engineering', 'sri venkata engineering college']]);
  // A sentence or a form label naming a school word is not a school.
  assert.deepEqual(schools('EDUCATION\nB.Sc in Physics, 2014\nInstitute/Board'), [['B.Sc in Physics', '']]);
});
