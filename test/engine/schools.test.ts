import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { degreeLevel, schoolName } from '../../src/engine/parse/degrees.ts';

const schools = (text: string) => parseResume(text).education.map((e) => [e.degree, e.school]);

test('school names in other languages and by their initials', () => {
  assert.equal(schoolName('Licenciatura, UNIVERSIDADE FEDERAL DO PARANA, Curitiba'), 'UNIVERSIDADE FEDERAL DO PARANA');
  assert.equal(schoolName('Master, Universität Bremen'), 'Universität Bremen');
  assert.equal(schoolName('M.Tech, IIT Madras'), 'IIT Madras');
  assert.deepEqual(schools('EDUCATION\nDiploma in Mechanical Engineering from NIT, Warangal, 2009'), [['Diploma in Mechanical Engineering', 'NIT']]);
});

test('a training centre is a school', () => {
  assert.equal(schoolName('Certificate in Welding, Harbourside Training Centre, Leeds'), 'Harbourside Training Centre');
  assert.deepEqual(schools('EDUCATION\n2004:\nNorthgate Teacher Training Center\nDiploma in Early Childhood Education'), [['Diploma in Early Childhood Education', 'Northgate Teacher Training Center']]);
});

test('a school written in lowercase on a line of its own', () => {
  assert.deepEqual(schools('EDUCATION\nB.Tech in Civil Engineering\nsri venkata engineering college\n2012 - 2016'), [['B.Tech in Civil Engineering', 'sri venkata engineering college']]);
  // A sentence or a form label naming a school word is not a school.
  assert.deepEqual(schools('EDUCATION\nB.Sc in Physics, 2014\nInstitute/Board'), [['B.Sc in Physics', '']]);
});

test('British and other degree forms: HND, BTEC, NVQ, BEng, BASc, MFA, Ed.S., A-Levels', () => {
  assert.equal(degreeLevel('HND Computing, Farrow College'), 2);
  assert.equal(degreeLevel('BTEC National Diploma in Sport'), 2);
  assert.equal(degreeLevel('NVQ Level 3 in Customer Service'), 2);
  assert.equal(degreeLevel('BEng Mechanical Engineering'), 3);
  assert.equal(degreeLevel('Honours BASc, Systems Design'), 3);
  assert.equal(degreeLevel('MFA in Creative Writing'), 4);
  assert.equal(degreeLevel('Ed.S., Curriculum and Instruction'), 4);
  assert.equal(degreeLevel('A-Levels: Maths, Physics'), 1);
});

test('a year on the line before an entry belongs to the entry above when both have their own', () => {
  const r = parseResume(`EDUCATION
BE in Civil Engineering
Kaveri Engineering College
2013
HND in Travel and Tourism
Coastline Institute of Travel
2008`);
  assert.deepEqual(
    r.education.map((e) => e.endDate),
    ['2013-01-01', '2008-01-01'],
  );
});

test('Ed. D, M.L.S., B.S.W. and "Postgraduate Diploma" are degrees; initials in a school name are not', () => {
  assert.equal(degreeLevel('Ed. D, Curriculum Leadership'), 5);
  assert.equal(degreeLevel('M.L.S., Library Science'), 4);
  assert.equal(degreeLevel('Postgraduate Diploma in Journalism'), 4);
  assert.equal(degreeLevel('B.S.W., Social Work'), 3);
  assert.equal(degreeLevel('Dr. K.M.L.S College, Patna'), 0);
  assert.equal(degreeLevel('Postgraduate courses in statistics'), 0);
});

test('a junior college (a two-year college) is higher education; a high school listed with it is not', () => {
  const r = parseResume(`EDUCATION
B.S. in Nursing, Lakeview State University, 2016
Harbor Junior College
2012
Westfield High School
2010`);
  assert.deepEqual(
    r.education.map((e) => [e.school, e.endDate]),
    [
      ['Lakeview State University', '2016-01-01'],
      ['Harbor Junior College', '2012-01-01'],
    ],
  );
});

test('an anticipated graduation names a date, not a degree', () => {
  assert.equal(degreeLevel('Anticipated Graduation May 2019'), 0);
  assert.equal(degreeLevel('Graduation in Commerce'), 3);
});

test('a school named "... School" with its town after it is school level, so a degree outranks it', () => {
  assert.deepEqual(schools("EDUCATION\nB.Tech, Greenfield Engineering College, 2015\nSt. Mary's School Kottayam, 2011"), [['B.Tech', 'Greenfield Engineering College']]);
});

test('a level alone ("High School", "Law School") names no school', () => {
  assert.equal(schoolName('High School'), '');
  assert.equal(schoolName('Westbrook High School'), 'Westbrook High School');
  assert.deepEqual(schools('EDUCATION\nJuris Doctor, 2012\nLaw School\nUniversity of Eastport, Portland, Maine'), [['Juris Doctor', 'University of Eastport']]);
});

test('a polytechnic named as a school is no degree', () => {
  assert.equal(degreeLevel('Riverside Polytechnic College'), 0);
  assert.equal(degreeLevel('Polytechnic in Mechanical Engineering'), 2);
  assert.deepEqual(schools('EDUCATION\nDiploma in Computer Technology\nRiverside Polytechnic College, Chennai\n2005'), [['Diploma in Computer Technology', 'Riverside Polytechnic College']]);
});

test('a degree written before "of" and its school: the field is no part of the school', () => {
  assert.deepEqual(schools('EDUCATION\nAwarded Diploma in Community Nursing (DCN) of Lakeshore University, 2004'), [['Diploma in Community Nursing DCN', 'Lakeshore University']]);
  assert.equal(schoolName('Master of Public Health Degree of Harrowgate University'), 'Harrowgate University');
  // A dash run into the field ends it too.
  assert.deepEqual(schools('EDUCATION\nMaster of Media Studies– Eastvale university (2010 – 2012).'), [['Master of Media Studies', 'Eastvale university']]);
});

test('a school word alone in capitals names no school; "diploma programmes" names no diploma', () => {
  assert.equal(schoolName('UNIVERSITY'), '');
  assert.equal(degreeLevel('Served as an external examiner for diploma programmes'), 0);
  assert.equal(degreeLevel('Diploma course in Welding'), 2);
});

test('a master\'s written with full stops after a comma is a degree; a state after a comma is not', () => {
  assert.deepEqual(schools('EDUCATION\nHarwick University, M.S., 2004'), [['M.S.', 'Harwick University']]);
  assert.equal(degreeLevel('Dana Whitfield, M.A.'), 4);
  assert.equal(degreeLevel('12 Elm Street, Salem, MA 01970'), 0);
});

test('"High School Diploma" names a qualification, not a school; a verb opening the sentence is no part of a name', () => {
  assert.equal(schoolName('High School Diploma in Visual Arts'), '');
  assert.deepEqual(schools('EDUCATION\nHigh School Diploma, 2020'), [['High School Diploma', '']]);
  assert.equal(schoolName('Westbrook High School, Portland'), 'Westbrook High School');
  // A verb opening the sentence is no part of the name.
  assert.equal(schoolName('Completed Secondary School Certificate in 2015'), '');
  assert.equal(schoolName('Attended Harlan Community College for two years'), 'Harlan Community College');
});

test('professional doctorates: D.V.M., DVM, Pharm.D, D.D.S., D.M.D.', () => {
  assert.deepEqual(schools('EDUCATION\nD.V.M. in Animal Science at Harlow State University, 2012'), [['D.V.M. in Animal Science', 'Harlow State University']]);
  assert.equal(degreeLevel('Pharm.D., Kestrel College of Pharmacy'), 5);
  assert.equal(degreeLevel('D.D.S., Lakeshore School of Dentistry'), 5);
  // A bachelor's or master's of pharmacy is no doctorate, nor are the vets a clinic's assistant helps.
  assert.equal(degreeLevel('B.Pharm. Degree required'), 3);
  assert.equal(degreeLevel('Assisted the DVMs with surgery'), 0);
});
