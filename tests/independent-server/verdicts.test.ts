import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareVerdicts, formatDrift, hasDrift, readVerdicts, unreviewedEntries, updateExpected, UNREVIEWED, type ExpectedVerdicts, type ReportResult } from './verdicts.ts';

const result = (id: string, status: string, extra: Partial<ReportResult> = {}): ReportResult => ({ id, status, failures: [], warnings: [], ...extra });
const failed = (id: string, message = 'expected 201, got 400') => result(id, 'failed', { failures: [{ step: '2 POST /Users', message, reference: 'RFC 7644 §3.3' }] });

const expected = (over: Partial<ExpectedVerdicts> = {}): ExpectedVerdicts => ({
  server: { scimmy: '1.3.5' },
  run: { args: [] },
  reviewed: '2026-12-07 (reviewer)',
  failures: [{ id: 'rfc/create-user', reference: 'RFC 7644 §3.3 (Location SHALL)', why: 'no Location header' }],
  warnings: ['onelogin/get-user'],
  skipped: ['rfc/etag-meta-version'],
  blocked: [],
  ...over,
});

const run = [
  failed('rfc/create-user'),
  result('onelogin/get-user', 'passed', { warnings: ['expected application/json'] }),
  result('rfc/etag-meta-version', 'skipped', { skipReason: 'etag.supported is false' }),
  result('okta/create-user', 'passed'),
];

describe('readVerdicts', () => {
  it('sorts results into failed, warned, skipped and blocked, a failed result that warns being in both', () => {
    const v = readVerdicts([...run, result('entra/x', 'blocked', { failures: [{ step: '3', message: 'blocked at step 3: …', reference: '' }] }), failed('onelogin/y'), result('onelogin/y2', 'warning')]);
    assert.deepEqual([...v.failed.keys()], ['rfc/create-user', 'onelogin/y']);
    assert.deepEqual([...v.warned.keys()], ['onelogin/get-user', 'onelogin/y2']);
    assert.deepEqual([...v.skipped.keys()], ['rfc/etag-meta-version']);
    assert.deepEqual([...v.blocked.keys()], ['entra/x']);
    assert.equal(v.failed.get('rfc/create-user'), '2 POST /Users: expected 201, got 400');
  });
});

describe('compareVerdicts', () => {
  it('finds no drift when the run matches the file', () => {
    assert.equal(hasDrift(compareVerdicts(expected(), readVerdicts(run))), false);
  });

  it('catches a result that newly fails (a false alarm the harness started raising) and names its first failure', () => {
    const drift = compareVerdicts(expected(), readVerdicts([...run.slice(0, 3), failed('okta/create-user', 'expected /emails/0/value to equal a@x, got A@x')]));
    assert.deepEqual(drift.newlyFailing, [{ id: 'okta/create-user', was: 'passed', now: 'failed', detail: '2 POST /Users: expected /emails/0/value to equal a@x, got A@x' }]);
    assert.deepEqual(drift.noLongerFailing, []);
    assert.deepEqual(drift.otherChanges, []);
    assert.ok(hasDrift(drift));
  });

  it('catches a reviewed true failure that became a warning, once, saying what it is now', () => {
    const drift = compareVerdicts(expected(), readVerdicts([result('rfc/create-user', 'passed', { warnings: ['no Location'] }), ...run.slice(1)]));
    assert.deepEqual(drift.noLongerFailing, [{ id: 'rfc/create-user', was: 'failed', now: 'warning', detail: 'no Location' }]);
    assert.deepEqual(drift.otherChanges, []);
  });

  it('catches warnings, skips and blocks that appear or vanish', () => {
    const drift = compareVerdicts(expected(), readVerdicts([run[0]!, result('onelogin/get-user', 'passed'), result('rfc/etag-meta-version', 'blocked', { failures: [{ step: '1', message: 'blocked at step 1', reference: '' }] })]));
    assert.deepEqual(drift.otherChanges.map((c) => `${c.id}: ${c.was} → ${c.now}`), ['onelogin/get-user: warning → passed', 'rfc/etag-meta-version: skipped → blocked']);
  });

  it('sees a failure that lost or gained its warning', () => {
    const file = expected({ failures: [{ id: 'rfc/create-user', reference: 'r', why: 'w' }], warnings: ['onelogin/get-user', 'rfc/create-user'] });
    const drift = compareVerdicts(file, readVerdicts(run));
    assert.deepEqual(drift.otherChanges.map((c) => `${c.id}: ${c.was} → ${c.now}`), ['rfc/create-user: failed + warning → failed']);
  });

  it('accepts a disputed warning written as an object', () => {
    const file = expected({ warnings: [{ id: 'onelogin/get-user', disputed: 'repeats once per scenario; once per run is enough' }] });
    assert.equal(hasDrift(compareVerdicts(file, readVerdicts(run))), false);
  });
});

describe('formatDrift', () => {
  it('lists each changed id once under its heading, was → now, and ends with what to do', () => {
    const text = formatDrift(compareVerdicts(expected(), readVerdicts([...run, failed('okta/create-user')])), { server: 'SCIMMY 1.3.5', file: 'tests/x.json', updateCommand: 'npm run verdicts:update' });
    assert.match(text, /drifted from tests\/x\.json/);
    assert.match(text, /newly FAILING[^\n]*:\n {4}- okta\/create-user: passed → failed: 2 POST \/Users: expected 201, got 400/);
    assert.doesNotMatch(text, /no longer failing|other verdict changes/);
    assert.match(text, /fix the harness/);
    assert.match(text, /npm run verdicts:update/);
  });
});

describe('updateExpected and unreviewedEntries', () => {
  it('keeps reviewed failures that still fail, marks new ones for review, and drops those that pass now', () => {
    const actual = readVerdicts([failed('okta/create-user'), ...run.slice(1)]);
    const updated = updateExpected(expected(), actual, { server: { scimmy: '1.3.6' }, reviewed: 'x (pending review)' });
    assert.deepEqual(updated.failures.map((f) => f.id), ['okta/create-user']);
    assert.ok(updated.failures[0]!.reference.startsWith(UNREVIEWED));
    assert.deepEqual(unreviewedEntries(updated), ['okta/create-user']);
    assert.deepEqual(updated.server, { scimmy: '1.3.6' });

    const again = updateExpected(expected(), readVerdicts(run), { server: {}, reviewed: '' });
    assert.deepEqual(again.failures, expected().failures);
    assert.deepEqual(unreviewedEntries(again), []);
  });
});
