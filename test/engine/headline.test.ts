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
