import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioResult } from '../engine/result-types.ts';
import { renderMatrixHtml } from './matrix-html.ts';
import { RFC_REQUIREMENTS } from './requirement-coverage.ts';
import { renderRequirementsSection } from './requirements-html.ts';
import { sampleResults, sampleRun } from './sample-results.ts';
import { renderSummaryMarkdown } from './summary-md.ts';

function result(id: string, status: ScenarioResult['status'], over: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    id, idp: id.split('/')[0]!, title: id, operation: 'protocol', status, source: 'RFC 7644',
    failures: [], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 1, ...over,
  };
}

/** The first requirement decided by `check` alone. */
const only = (check: string) => RFC_REQUIREMENTS.requirements.find((r) => r.checks?.length === 1 && r.checks[0] === check)!;
/** A Bulk requirement: every check that decides it is skipped on this run. */
const bulkReq = RFC_REQUIREMENTS.requirements.find((r) => r.checks?.includes('rfc/bulk-patch-user') && r.checks.every((c) => c.startsWith('rfc/bulk-')))!;
const rfcRun = [
  result('rfc/conflict-uniqueness', 'failed', { failures: [{ step: 'create user1 again', message: 'Expected 409', reference: 'RFC 7644 §3.3' }] }),
  result('rfc/delete-user', 'passed'),
  ...bulkReq.checks!.map((c) => result(c, 'skipped', { skipReason: 'the server declares bulk.supported false' })),
];
const rowOf = (html: string, id: string) => new RegExp(`<tr data-requirement="${id}"[^]*?</tr>`).exec(html)?.[0] ?? '';

test('matrix.html lists each requirement with its status on the run, its section link and its checks', () => {
  const html = renderMatrixHtml(rfcRun, sampleRun());
  assert.match(html, /<section id="requirements"/);
  assert.match(html, /data-coverage>\d+ of \d+ requirements testable from outside have a check/);
  const failed = rowOf(html, only('rfc/conflict-uniqueness').id);
  assert.match(failed, /data-requirement-status="failed"/);
  assert.match(failed, /<a href="#cell-\d+-\d+" data-open-panel="cell-\d+-\d+" data-result="rfc\/conflict-uniqueness"[^>]*><code>rfc\/conflict-uniqueness<\/code><\/a> <span aria-hidden="true">❌<\/span> failed/);
  const panel = /data-result="rfc\/conflict-uniqueness"/.test(failed) ? /data-open-panel="(cell-\d+-\d+)"/.exec(failed)![1] : '';
  assert.match(html, new RegExp(`<section class="panel" id="${panel}"[^]*?<article class="scenario" data-id="rfc/conflict-uniqueness"`), 'the link opens the panel holding the result');
  assert.match(html, /<p class="meta" data-requirements-summary><a href="#requirements">RFC 7643\/7644 requirements<\/a>: \d+ testable, \d+ with a check; this run: \d+ passed, [1-9]\d* failed, \d+ skipped, \d+ not run<\/p>/);
  assert.match(failed, /href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc764[34]#section-/);
  const skipped = rowOf(html, bulkReq.id);
  assert.match(skipped, /data-requirement-status="skipped"[^]*the server declares bulk\.supported false/);
  assert.match(rowOf(html, '7644-7.2-a'), /data-requirement-status="untestable"[^]*transport-level/);
});

test('a testable requirement without a check is listed as "no check yet" with what its check would need', () => {
  // The shipped catalogue has no gap left, so one is made: conflict-uniqueness's requirement loses its check.
  const gapId = only('rfc/conflict-uniqueness').id;
  const catalogue = {
    ...RFC_REQUIREMENTS,
    requirements: RFC_REQUIREMENTS.requirements.map((r) => (r.id === gapId ? { ...r, checks: [] } : r)),
    knownGaps: [{ requirement: gapId, needs: 'create the same userName twice and expect 409' }],
  };
  const row = rowOf(renderRequirementsSection(rfcRun, { catalogue }), gapId);
  assert.match(row, /data-requirement-status="no-check"[^]*no check yet[^]*create the same userName twice and expect 409/);
});

test('RFC text is escaped in the page', () => {
  const html = renderRequirementsSection(rfcRun);
  assert.doesNotMatch(html, /"urn:ietf:params:scim:api:messages:2.0:ListResponse"/, 'quotes in the RFC sentence are escaped');
  assert.match(html, /&quot;urn:ietf:params:scim:api:messages:2\.0:ListResponse&quot;/);
});

test('an IdP-only run gets no requirements section and no coverage line', () => {
  assert.equal(renderRequirementsSection(sampleResults()), '');
  assert.doesNotMatch(renderMatrixHtml(sampleResults(), sampleRun()), /id="requirements"/);
  assert.doesNotMatch(renderSummaryMarkdown(sampleResults(), sampleRun()), /RFC 7643\/7644 requirements/);
});

test('summary.md carries the coverage line under the headline when rfc checks ran', () => {
  const md = renderSummaryMarkdown(rfcRun, sampleRun());
  const line = md.split('\n').find((l) => l.startsWith('**RFC 7643/7644 requirements**'));
  assert.ok(line, md);
  assert.match(line, /^\*\*RFC 7643\/7644 requirements\*\* \d+ of \d+ testable have a check .* · this run: \d+ passed · \d+ failed/);
  assert.ok(md.indexOf(line) < md.indexOf('| Operation |'), 'the line sits above the matrix');
});
