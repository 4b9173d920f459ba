import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEmails, findPhones, findWebsites } from '../../src/engine/parse/contacts.ts';
import { findName } from '../../src/engine/parse/name.ts';
import { findAddress } from '../../src/engine/parse/personal.ts';

test('emails are found once each, without trailing dots', () => {
  assert.deepEqual(findEmails('Mail: jane.roe@example.co.in. Alt: JANE.ROE@example.co.in, j_r+cv@mail.com'), [
    'jane.roe@example.co.in',
    'j_r+cv@mail.com',
  ]);
});

test('phone numbers in common forms, not year lists', () => {
  assert.deepEqual(findPhones('Phone: +91 98765 43210 | (123) 345-7890 | 2015 2016 2017'), ['+91 98765 43210', '(123) 345-7890']);
});

test('websites, not email domains', () => {
  assert.deepEqual(findWebsites('jane@site.com https://github.com/jroe, linkedin.com/in/jroe www.jroe.dev.'), [
    'https://github.com/jroe',
    'linkedin.com/in/jroe',
    'www.jroe.dev',
  ]);
});

test('names: labelled, first name-like line, never a heading or title', () => {
  assert.equal(findName(['RESUME', 'Name: Azaria Watson']), 'Azaria Watson');
  assert.equal(findName(['CURRICULUM VITAE', 'MEDA CRONIN', 'Associate Software Engineer']), 'Meda Cronin');
  assert.equal(findName(['Software Engineer', 'Jacinto K. Erdman - Pune']), 'Jacinto K. Erdman');
  assert.equal(findName(['WORK EXPERIENCE', 'Senior Developer']), '');
});

test('city and state from the header', () => {
  assert.deepEqual(findAddress(['Jane Roe', 'Bengaluru, Karnataka - Email me on Indeed']), { city: 'Bengaluru', state: 'Karnataka' });
  assert.deepEqual(findAddress(['Jane Roe', 'Tucson, AZ']), { city: 'Tucson', state: 'AZ' });
});

// The e-mail pattern only starts where a run of its characters starts: that changes its speed on
// long runs without "@" (see the hostile-text rows of bench/engine.ts), not what it finds, which this checks.
test('e-mail addresses glued to a label or a bracket are found whole; a long run without "@" holds none', () => {
  assert.deepEqual(findEmails('Contact:jane.roe@mail.example (home) or (work)j.roe@firm.example.'), ['jane.roe@mail.example', 'j.roe@firm.example']);
  assert.deepEqual(findEmails('A.'.repeat(5_000)), []);
});
