import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioResult } from '../engine/result-types.ts';
import { activeWaiver, applyWaivers } from './apply-waivers.ts';

const waiver = { id: 'rfc/sort-ascending', reason: 'sorting is planned', link: 'https://tracker.example/123', expires: '2026-06-30' };
const failure = { step: '4 GET /Users', message: 'expected /Resources/0/id to equal "a", got "b".', reference: 'RFC 7644 §3.4.2.3' };
const result = (status: ScenarioResult['status']): ScenarioResult => ({
  id: 'rfc/sort-ascending', idp: 'rfc', title: 't', operation: 'lookup', status, source: 'RFC 7644 §3.4.2.3',
  failures: status === 'failed' ? [failure] : [], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 1,
});

describe('applyWaivers', () => {
  it('reports a waived failure as skipped with the reason, link and expiry, keeping its failures', () => {
    const waived = applyWaivers(result('failed'), [waiver], '2026-06-30');
    assert.equal(waived.status, 'skipped');
    assert.equal(waived.skipReason, 'waived: sorting is planned (https://tracker.example/123; until 2026-06-30)');
    assert.deepEqual(waived.failures, [failure]);
  });

  it('lets an expired waiver lapse: the result fails and a failure says the waiver expired on its date', () => {
    const lapsed = applyWaivers(result('failed'), [waiver], '2026-07-01');
    assert.equal(lapsed.status, 'failed');
    assert.equal(lapsed.failures.length, 2);
    assert.match(lapsed.failures[1]!.message, /the waiver for rfc\/sort-ascending expired on 2026-06-30/);
    assert.equal(activeWaiver('rfc/sort-ascending', [waiver], '2026-07-01'), undefined);
  });

  it('leaves other results alone and notes a waiver that is no longer needed', () => {
    assert.deepEqual(applyWaivers({ ...result('failed'), id: 'rfc/sort-descending' }, [waiver], '2026-01-01').status, 'failed');
    const passed = applyWaivers(result('passed'), [waiver], '2026-01-01');
    assert.equal(passed.status, 'passed');
    assert.match(passed.warnings[0]!, /no longer needed/);
  });
});
