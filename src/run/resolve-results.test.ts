import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScenarioResult } from '../engine/result-types.ts';
import { resolveResults } from './resolve-results.ts';

function result(id: string, extra: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    id, idp: id.split('/')[0]!, title: id, operation: 'create', status: 'passed', source: '', failures: [],
    warnings: [], warningCauses: [], steps: [], cleanup: [], leftovers: [], durationMs: 1, ...extra,
  };
}

const blockedBy = { result: 'okta/create-user', step: '2 POST /Users — create user1', message: 'expected status 201, got 500', reference: 'RFC 7644 §3.3' };

describe('resolveResults', () => {
  it('keeps a blocked result blocked when the result it names failed in this run', () => {
    const [holder, blocked] = resolveResults([
      result('okta/create-user', { status: 'failed', failures: [{ step: blockedBy.step, message: blockedBy.message, reference: blockedBy.reference }] }),
      result('okta/deactivate-user', { status: 'blocked', blockedBy, skipReason: 'blocked at step 2' }),
    ]);
    assert.equal(holder!.status, 'failed');
    assert.equal(blocked!.status, 'blocked');
    assert.deepEqual(blocked!.failures, []);
  });

  it('turns a blocked result into a failure when the result it names passed or did not run, so the cause is not lost', () => {
    for (const others of [[result('okta/create-user')], [] as ScenarioResult[]]) {
      const resolved = resolveResults([...others, result('okta/deactivate-user', { status: 'blocked', blockedBy, skipReason: 'blocked at step 2' })]);
      const blocked = resolved.find((r) => r.id === 'okta/deactivate-user')!;
      assert.equal(blocked.status, 'failed');
      assert.equal(blocked.failures[0]!.message, blockedBy.message);
      assert.equal(blocked.blockedBy, undefined);
      assert.equal(blocked.skipReason, undefined);
    }
  });

  it('reports one warning cause once per suite, on the first result, naming the others', () => {
    const cause = 'expected Content-Type application/json, got application/scim+json (docs/idp/onelogin.md §1.3)';
    const [first, second, third, other] = resolveResults([
      result('onelogin/a', { warnings: [`1 GET /Users — x: ${cause}`], warningCauses: [cause] }),
      result('onelogin/b', { warnings: ['2 POST /Users — y: other (ref)', `1 GET /Users — x: ${cause}`], warningCauses: ['other (ref)', cause] }),
      result('onelogin/c', { warnings: [`1 GET /Users — x: ${cause}`], warningCauses: [cause] }),
      result('okta/a', { warnings: [`1 GET /Users — x: ${cause}`], warningCauses: [cause] }),
    ]);
    assert.deepEqual(first!.warnings, [`1 GET /Users — x: ${cause} [the same in 2 more: onelogin/b, onelogin/c]`]);
    assert.deepEqual(second!.warnings, ['2 POST /Users — y: other (ref)']);
    assert.deepEqual(third!.warnings, []);
    assert.equal(other!.warnings.length, 1, 'another suite reports its own warning');
  });
});
