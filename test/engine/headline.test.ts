import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDesignation } from '../../src/engine/parse/headline.ts';

test('headlines: a summary opening on the title, even without years ("Confident and capable Payroll Officer with ...")', () => {
  assert.equal(findDesignation(['Dana Cole'], 'Confident and capable Payroll Officer with a record of accurate month-end closes.', 'Dana Cole'), 'Payroll Officer');
  assert.equal(findDesignation(['Dana Cole'], 'Seasoned logistics coordinator who keeps fleets moving.', 'Dana Cole'), 'logistics coordinator');
  assert.equal(findDesignation(['Dana Cole'], 'Organised office administrator with an eye for detail.', 'Dana Cole'), 'office administrator');
  // Not a title, or not the summary's opening.
  assert.equal(findDesignation(['Dana Cole'], 'Strong communication skills with a focus on clients.', 'Dana Cole'), '');
  assert.equal(findDesignation(['Dana Cole'], 'I enjoy hard problems.\nTeam Leader with a record of delivery.', 'Dana Cole'), '');
});
