import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';
import { readHtmlReportData } from './support/read-html-report.ts';

const REPORT_FILES = ['conformance.json', 'junit.xml', 'summary.md', 'matrix.html', 'transcript.har', path.join('html', 'index.html')];

test('the Okta suite passes against the embedded mock: exit 0 and every report written', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--seed', 'cli-test']);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  for (const file of REPORT_FILES) assert.ok(run.files.includes(file), `${file} was not written`);
  const report = run.report!;
  assert.deepEqual(Object.keys(report), ['tool', 'target', 'summary', 'results']);
  assert.deepEqual(report.tool, { name: 'scim-conformance', version: '0.1.0' });
  assert.equal(report.target.profile, 'generic');
  assert.ok(report.summary.passed >= 20, `only ${report.summary.passed} passed`);
  assert.equal(report.summary.failed, 0);
  const notPassed = report.results.filter((r) => r.status !== 'passed' && !r.skipReason?.startsWith('opt-in'));
  assert.deepEqual(notPassed.map((r) => `${r.id}: ${r.failures.map((f) => f.message).join(' | ')}`), []);
  for (const result of report.results) assert.match(result.id, /^okta\/[a-z0-9-]+$/);
  assert.match(run.stdout, /\d+ passed, 0 failed, \d+ skipped, \d+ warnings/);
  assert.doesNotMatch(run.stdout, /RFC 7643\/7644:/, 'the requirement coverage line is printed only when the rfc suite ran');
});

test('a server that ignores a path-less replace fails Okta deactivation: exit 1 naming the cause', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/deactivate-user', '--mock-fault', 'patch-ignores-pathless-replace']);
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  const [result] = run.report!.results;
  assert.equal(result!.status, 'failed');
  assert.match(result!.failures[0]!.step, /^3 PATCH \/Users\/\{userId\} — /);
  assert.match(result!.failures[0]!.message, /expected \/active to equal false, got true/);
  assert.match(result!.failures[0]!.reference, /RFC 7644 §3\.5\.2/);
  const junit = readFileSync(path.join(run.reportDir, 'junit.xml'), 'utf8');
  assert.match(junit, /<failure message="[^"]*active/);
});

test('no credential appears in any output: console, reports, HAR, JUnit, HTML report data', async () => {
  const token = 'tok-Sup3rSecret-9f8e7d6c5b4a';
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/deactivate-user,okta/runscope-spec-test', '--token', token]);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const everything = run.allOutput() + readHtmlReportData(run.reportDir);
  for (const form of [token, Buffer.from(token).toString('base64'), encodeURIComponent(token)]) {
    assert.ok(!everything.includes(form), `the token leaked as ${form}`);
  }
  const har = JSON.parse(readFileSync(path.join(run.reportDir, 'transcript.har'), 'utf8'));
  const auth = har.log.entries[0].request.headers.find((h: { name: string }) => h.name === 'Authorization');
  assert.equal(auth.value, 'Bearer [REDACTED]');
});

test('a Basic credential is redacted in every form', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/get-user', '--basic', 'scim-admin:pa55-W0rd-xyz']);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const everything = run.allOutput() + readHtmlReportData(run.reportDir);
  for (const form of ['pa55-W0rd-xyz', Buffer.from('scim-admin:pa55-W0rd-xyz').toString('base64')]) {
    assert.ok(!everything.includes(form), `the password leaked as ${form}`);
  }
});
