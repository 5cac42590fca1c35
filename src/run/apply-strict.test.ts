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

  it('leaves a decline the RFC allows (expect.decline) as a warning: it breaks no SHOULD', () => {
    const message = 'declined: the server answered 400 invalidFilter to the co operator.';
    const finding = { severity: 'warning' as const, step: '3 GET /Users — co', message, reference: 'RFC 7644 §3.4.2.2' };
    const declined: ScenarioResult = {
      ...warned,
      warnings: [...warned.warnings, `3 GET /Users — co: ${message} (RFC 7644 §3.4.2.2)`],
      steps: [...warned.steps, { index: 2, name: 'co', harness: false, findings: [finding], declined: { verdict: 'warning', message, reference: 'RFC 7644 §3.4.2.2' } }],
    };
    const strict = applyStrict(declined, true);
    assert.equal(strict.failures.length, 1, 'only the SHOULD fails');
    assert.deepEqual(strict.warnings, [`3 GET /Users — co: ${message} (RFC 7644 §3.4.2.2)`]);
    const onlyDeclined = { ...declined, warnings: declined.warnings.slice(1), steps: declined.steps.slice(1) };
    assert.equal(applyStrict(onlyDeclined, true), onlyDeclined);
  });
});
