import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDesignation } from '../../src/engine/parse/headline.ts';

test('headlines: a summary opening on the title, even without years ("Confident and capable Payroll Officer with ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Confident and capable Payroll Officer with a record of accurate month-end closes.', 'Dana Cole'), 'Payroll Officer');
  assert.equal(findDesignation(['Dana Cole'], 'Seasoned logistics coordinator who keeps fleets moving.', 'Dana Cole'), 'logistics coordinator');
  assert.equal(findDesignation(['Dana Cole'], 'Organised office administrator with an eye for detail.', 'Dana Cole'), 'office administrator');
  assert.equal(findDesignation(['Dana Cole'], 'Experienced site manager and trainer, working with small builders.', 'Dana Cole'), 'site manager');
  // Not a title, or not the summary's opening.
  assert.equal(findDesignation(['Dana Cole'], 'Strong communication skills with a focus on clients.', 'Dana Cole'), '');
  assert.equal(findDesignation(['Dana Cole'], 'I enjoy hard problems.\nTeam Leader with a record of delivery.', 'Dana Cole'), '');
});

test('headlines: a title in the summary may be followed by "and" or a comma ("An accomplished Plant Manager and Engineer, ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'An accomplished Plant Manager and Quality Engineer, known for lean programmes.', 'Dana Cole'), 'Plant Manager');
  assert.equal(findDesignation(['Dana Cole'], 'Worked six years as a help desk technician, then moved into networking.', 'Dana Cole'), 'help desk technician');
  assert.equal(findDesignation(['Dana Cole'], 'I bring a passion for design and a love of clean code.', 'Dana Cole'), '');
});

test('headlines: a summary opening on the title before "seeking", "skilled", "offering" or a comma', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Dedicated Payroll Clerk skilled at reconciling timesheets.', 'Dana Cole'), 'Payroll Clerk');
  assert.equal(findDesignation(['Dana Cole'], 'Creative, dedicated Graphic Designer seeking a permanent post.', 'Dana Cole'), 'Graphic Designer');
  assert.equal(findDesignation(['Dana Cole'], 'Senior firmware engineer, specializing in motor control.', 'Dana Cole'), 'Senior firmware engineer');
  assert.equal(findDesignation(['Dana Cole', 'Innovative network engineer offering six years of experience in routing'], '', 'Dana Cole'), 'network engineer');
});

test('headlines: praise words may carry an adverb ("Exceptionally focused and reliable Junior Accountant with ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Exceptionally focused and reliable Junior Accountant with a calm manner.', 'Dana Cole'), 'Junior Accountant');
  assert.equal(findDesignation(['Dana Cole'], 'Well qualified dental hygienist seeking a similar post.', 'Dana Cole'), 'dental hygienist');
});

test('headlines: the title an objective seeks ("a position of X", "to work as an X", "to obtain an X position")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'To gain a position of a Ruby developer in a product company.', 'Dana Cole'), 'Ruby developer');
  assert.equal(findDesignation(['Dana Cole'], 'To work as a Picture Editor in a busy newsroom.', 'Dana Cole'), 'Picture Editor');
  assert.equal(findDesignation(['Dana Cole'], 'To obtain a field service engineer position with a medical devices maker.', 'Dana Cole'), 'field service engineer');
  assert.equal(findDesignation(['Dana Cole'], 'Seeking a full-time Training Coordinator role in a hospital.', 'Dana Cole'), 'Training Coordinator');
  // A field, not a title.
  assert.equal(findDesignation(['Dana Cole'], 'To obtain a challenging position in logistics.', 'Dana Cole'), '');
});

test('headlines: the line under the name may be a title in lowercase ("payroll administrator")', () => {
  assert.equal(findDesignation(['Dana Cole', 'payroll administrator', 'Leeds'], '', 'Dana Cole'), 'payroll administrator');
  // Elsewhere a lowercase line continues a sentence.
  assert.equal(findDesignation(['Dana Cole', 'Leeds', 'payroll administrator'], '', 'Dana Cole'), '');
});

test('headlines: a sought title may end its line ("... a full-time position as a Network Engineer" above the next line)', () => {
  assert.equal(findDesignation(['Dana Cole', '12 Elm Road', 'Dover, DE 19901'], 'To obtain a full-time position as a Network Engineer', 'Dana Cole'), 'Network Engineer');
});

test('headlines: a title "of" a field keeps organisation words in the field ("Head of Information Systems"), not "at" an employer', () => {
  assert.equal(findDesignation(['Dana Cole', 'Head of Information Systems'], '', 'Dana Cole'), 'Head of Information Systems');
  assert.equal(findDesignation(['Dana Cole', 'Director of Freight Logistics'], '', 'Dana Cole'), 'Director of Freight Logistics');
  assert.equal(findDesignation(['Dana Cole', 'Engineer at Harbor Systems'], '', 'Dana Cole'), '');
});

test('headlines: a title in prose may hold organisation words when title words are as many ("as a Software Test Engineer with ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Working at Harbor Labs as a Software Test Engineer with the billing team.', 'Dana Cole'), 'Software Test Engineer');
  // More organisation words than title words: an employer, not a title.
  assert.equal(findDesignation(['Dana Cole'], 'Placed as a Harbor Software Systems Engineer with the billing team.', 'Dana Cole'), '');
});

test('headlines: a "... professional" opening may hold organisation words when title words are as many ("Senior systems professional with ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Senior systems professional with many years in retail IT.', 'Dana Cole'), 'Senior systems professional');
  assert.equal(findDesignation(['Dana Cole'], 'Harbor Systems professional with many years in retail IT.', 'Dana Cole'), '');
});

test('headlines: a title "of" an organisation names its employer and is no headline by itself ("Principal of Harbor Grammar School")', () => {
  assert.equal(findDesignation(['Dana Cole', 'Principal of Harbor Grammar School'], '', 'Dana Cole'), '');
  assert.equal(findDesignation(['Dana Cole', 'Head of Logistics'], '', 'Dana Cole'), 'Head of Logistics');
});

test('headlines: a title "for" a field ("Vice Dean for Student Affairs"), not "for" an organisation', () => {
  assert.equal(findDesignation(['Dana Cole', 'Vice Dean for Student Affairs', 'Harbor State University'], '', 'Dana Cole'), 'Vice Dean for Student Affairs');
  assert.equal(findDesignation(['Dana Cole', 'Coordinator for Harbor Community College'], '', 'Dana Cole'), '');
});

test('headlines: a tool named like a job in a list of tools is no headline ("Figma, Illustrator, Sketch")', () => {
  assert.equal(findDesignation(['Dana Cole', 'Tools: Figma, Illustrator, Sketch'], '', 'Dana Cole'), '');
  assert.equal(findDesignation(['Dana Cole', 'Illustrator'], '', 'Dana Cole'), 'Illustrator');
});
