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
