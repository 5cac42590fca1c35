import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adoptListed } from './adopt-listed.ts';
import { ResourceLedger } from './resource-ledger.ts';
import type { StepResult } from './result-types.ts';
import type { Step } from '../scenario/types.ts';

const step: Step = { name: 'read back', adopt: '/Resources', request: { method: 'GET', path: '/Users', headers: {} }, expect: { status: 200 }, reference: 'r' };
const listed = (resources: unknown[]): StepResult => ({
  index: 1,
  name: 'read back',
  harness: true,
  findings: [],
  response: { status: 200, statusText: 'OK', headers: [], body: JSON.stringify({ Resources: resources }), timeMs: 1 },
});

test('adopts the listed users named with this run\'s prefix that the ledger does not own yet, and only those', () => {
  const ledger = new ResourceLedger('http://127.0.0.1/scim');
  ledger.recordCreate('POST', '/Users', 201, 'known');
  const resolve = (name: string) => (name === 'data.prefix' ? 'scimtest-run-tag-' : undefined);
  const findings = adoptListed(step, listed([
    { id: 'known', userName: 'scimtest-run-tag-1.Ada@example.com' },
    { id: 'dup', userName: 'SCIMTEST-run-tag-1.ada@example.com' },
    { id: 'someone-else', userName: 'ada@example.com' },
  ]), '2 GET /Users — read back', { resolve, ledger });
  assert.deepEqual(ledger.remaining().map((r) => r.id).sort(), ['dup', 'known']);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /never got an id for: dup/);
});

test('adopts nothing from a body that is not a list', () => {
  const ledger = new ResourceLedger('http://127.0.0.1/scim');
  assert.deepEqual(adoptListed(step, { ...listed([]), response: { status: 200, statusText: 'OK', headers: [], body: 'oops', timeMs: 1 } }, 'x', { resolve: () => 'p', ledger }), []);
  assert.deepEqual(ledger.remaining(), []);
});
