import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScenarioResult } from '../engine/result-types.ts';
import { buildConformanceReport } from './conformance-json.ts';
import { renderJunitXml } from './junit-xml.ts';
import { buildMatrix } from './matrix.ts';
import { sampleRun } from './sample-results.ts';
import { renderSummaryMarkdown } from './summary-md.ts';

const reason = 'blocked at step 2 (POST /Users — create user1): expected status 201, got 200; the cause is reported by okta/create-user';
const results: ScenarioResult[] = [
  { id: 'okta/create-user', idp: 'okta', title: 'Create', operation: 'create', status: 'failed', source: '', failures: [{ step: '2 POST /Users — create user1', message: 'expected status 201, got 200', reference: 'RFC 7644 §3.3' }], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 1 },
  { id: 'okta/deactivate-user', idp: 'okta', title: 'Deactivate', operation: 'deactivate', status: 'blocked', skipReason: reason, blockedBy: { result: 'okta/create-user', step: '2 POST /Users — create user1', message: 'expected status 201, got 200', reference: 'RFC 7644 §3.3' }, source: '', failures: [], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 1 },
];

describe('a blocked result in every report', () => {
  it('conformance.json: status blocked with its reason and cause; the agreed summary counts it as skipped', () => {
    const report = buildConformanceReport(results, sampleRun());
    assert.deepEqual(report.summary, { passed: 0, failed: 1, skipped: 1, warnings: 0 });
    const row = report.results.find((r) => r.id === 'okta/deactivate-user')!;
    assert.equal(row.status, 'blocked');
    assert.equal(row.skipReason, reason);
    assert.equal(row.blockedBy, 'okta/create-user');
    assert.deepEqual(row.failures, []);
  });

  it('junit.xml: a skipped testcase with the reason, not a second failure', () => {
    const xml = renderJunitXml(results, sampleRun());
    assert.match(xml, /<testsuite name="okta" tests="2" failures="1" errors="0" skipped="1"/);
    assert.match(xml, /<skipped message="blocked at step 2 \(POST \/Users — create user1\): expected status 201, got 200; the cause is reported by okta\/create-user"\/>/);
  });

  it('matrix: a blocked scenario does not count under its operation', () => {
    const cell = buildMatrix(results).cells.flat().find((c) => c.operation === 'deactivate')!;
    assert.equal(cell.status, 'blocked');
    assert.deepEqual(cell.counts, { passed: 0, failed: 0, skipped: 0, blocked: 1 });
  });

  it('summary.md: a Blocked section names the cause; the failure is listed once', () => {
    const md = renderSummaryMarkdown(results, sampleRun());
    assert.match(md, /### Blocked[\s\S]*okta\/deactivate-user\*\* — Deactivate: blocked at step 2/);
    assert.equal(md.match(/expected status 201, got 200/g)!.length, 2, 'once under Failures, once in the blocked reason');
    assert.match(md, /⛔ 1 blocked/);
  });
});
