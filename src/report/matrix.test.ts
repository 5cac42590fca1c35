import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildMatrix, cellLabel } from './matrix.ts';
import { sampleResults } from './sample-results.ts';

describe('buildMatrix', () => {
  const m = buildMatrix(sampleResults());
  const cell = (op: string, idp: string) => m.cells[m.operations.indexOf(op)]![m.idps.indexOf(idp)]!;

  it('orders rows by the lifecycle and keeps only operations present', () => {
    assert.deepEqual(m.operations, ['connect', 'create', 'deactivate', 'group-create', 'protocol']);
  });
  it('orders columns okta, entra, entra-aadoptscim062020, onelogin, rfc', () => {
    assert.deepEqual(m.idps, ['okta', 'entra', 'entra-aadoptscim062020', 'onelogin', 'rfc']);
  });
  it('puts unknown idps after the known ones, in order of appearance', () => {
    const [first] = sampleResults();
    const m2 = buildMatrix([{ ...first!, idp: 'zzz' }, ...sampleResults()]);
    assert.deepEqual(m2.idps.at(-1), 'zzz');
  });
  it('aggregates a cell: failed wins, counts per status', () => {
    assert.equal(cell('create', 'okta').status, 'failed');
    assert.deepEqual(cell('create', 'okta').counts, { passed: 1, failed: 1, skipped: 0, blocked: 0 });
    assert.equal(cell('deactivate', 'onelogin').status, 'failed');
    assert.equal(cell('group-create', 'entra-aadoptscim062020').status, 'skipped');
    assert.equal(cell('connect', 'okta').status, 'none');
  });
});

describe('cellLabel', () => {
  const m = buildMatrix(sampleResults());
  const label = (op: string, idp: string) => cellLabel(m.cells[m.operations.indexOf(op)]![m.idps.indexOf(idp)]!);
  it('names the status for one scenario, counts for several, a dash for none', () => {
    assert.equal(label('deactivate', 'okta'), '✅ passed');
    assert.equal(label('group-create', 'entra-aadoptscim062020'), '⏭️ skipped');
    assert.equal(label('create', 'okta'), '✅ 1 ❌ 1');
    assert.equal(label('connect', 'okta'), '—');
  });
});
