// Failed checks are marked as expected failures in the worker (so Playwright keeps it) and made plain
// failures again before any report is built: the HTML report must agree with conformance.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './support/run-cli.ts';
import { readHtmlReportData } from './support/read-html-report.ts';

test("Playwright's HTML report counts every failed check as failed, and failed checks cost no worker restart", async () => {
  // A ListResponse without totalResults fails every scenario whose first list is its own step (21 of them);
  // the rest are blocked by those, which Playwright, like conformance.json's summary, counts as skipped.
  const run = await runCli(['run', '--idp', 'okta,entra,entra-aadoptscim062020,onelogin', '--seed', 'verdict', '--mock-fault', 'missing-total-results']);
  assert.equal(run.exitCode, 1);
  const { passed, failed, skipped } = run.report!.summary;
  assert.ok(failed >= 20, `${failed} failed`);
  const data = readHtmlReportData(run.reportDir);
  const stats = JSON.parse(/"stats":(\{[^}]*\})/.exec(data)![1]!);
  assert.deepEqual([stats.unexpected, stats.expected, stats.skipped], [failed, passed, skipped]);
  assert.ok(!data.includes('kept the worker'), 'the expected-failure marker is not shown');
  // Playwright numbers each new worker; a restart after a failure would show index 2 and up (2 workers).
  const workers = new Set([...data.matchAll(/"workerIndex":(\d+)/g)].map((m) => Number(m[1])));
  assert.deepEqual([...workers].sort(), [0, 1]);
});
