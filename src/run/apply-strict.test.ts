import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioResult } from '../engine/result-types.ts';
import { applyStrict } from './apply-strict.ts';

const warned: ScenarioResult = {
  id: 'rfc/get-user', idp: 'rfc', title: 't', operation: 'lookup', status: 'passed', source: 'RFC 7644 §3.4.1',
  failures: [], warnings: ['2 GET /Users/{id} — read: expected /userName to equal "Ada", got "ada". (RFC 7643 §4.1.1)'],
  steps: [{ index: 1, name: 'read', harness: false, findings: [{ severity: 'warning', step: '2 GET /Users/{id} — read', message: 'expected /userName to equal "Ada", got "ada".', reference: 'RFC 7643 §4.1.1' }] }],
  cleanup: [], leftovers: [], durationMs: 1,
};

describe('applyStrict', () => {
  it('turns every step warning into a failure that keeps its step and section', () => {
    const strict = applyStrict(warned, true);
    assert.equal(strict.status, 'failed');
    assert.deepEqual(strict.warnings, []);
    assert.deepEqual(strict.failures, [{ step: '2 GET /Users/{id} — read', message: 'expected /userName to equal "Ada", got "ada". (a SHOULD, failed by --strict)', reference: 'RFC 7643 §4.1.1' }]);
  });

  it('changes nothing without --strict, or when there is no warning', () => {
    assert.equal(applyStrict(warned, false), warned);
    const clean = { ...warned, warnings: [], steps: [] };
    assert.equal(applyStrict(clean, true), clean);
  });
});
