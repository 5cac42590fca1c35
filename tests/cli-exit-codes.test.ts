import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './support/run-cli.ts';

test('exit 2 with a one-line reason for an unknown flag', async () => {
  const run = await runCli(['run', '--no-such-flag']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /^scim-conformance: Unknown option '--no-such-flag'\. Run "scim-conformance run --help" for the flags\.\n$/);
});

test('exit 2 naming the valid suites for an unknown --idp', async () => {
  const run = await runCli(['run', '--idp', 'okta,pingfed']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /--idp pingfed is not a suite; choose from .*okta/);
});

test('exit 2 when the target is unreachable, before any scenario runs', async () => {
  const run = await runCli(['run', '--base-url', 'http://127.0.0.1:9/scim/v2', '--token', 'x']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /cannot reach http:\/\/127\.0\.0\.1:9\/scim\/v2: connection refused/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.equal(run.report, undefined);
});

test('exit 2 naming the range for a --workers that is not 1 to 16', async () => {
  const run = await runCli(['run', '--workers', '0']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /--workers must be a whole number from 1 to 16, got "0"\./);
});

test('exit 2 for a target that is not loopback unless --yes confirms it', async () => {
  const run = await runCli(['run', '--base-url', 'https://scim.example.com/scim/v2', '--token', 'x']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /scim\.example\.com is not a loopback address.*Pass --yes \(or set SCIM_CONFORMANCE_YES=1\)/);
});

test('exit 2 when two ways to authenticate are given', async () => {
  const run = await runCli(['run', '--token', 'a', '--basic', 'u:p']);
  assert.equal(run.exitCode, 2);
  assert.match(run.stderr, /--token and --basic were both given/);
});

test('--help documents every flag of run', async () => {
  const run = await runCli(['run', '--help']);
  assert.equal(run.exitCode, 0);
  for (const flag of ['--base-url', '--token', '--auth-header', '--basic', '--idp', '--report-dir', '--timeout-ms', '--profile', '--seed', '--keep-data', '--max-rps', '--yes', '--scenario', '--mock-fault', '--client-id', '--client-secret', '--oauth-token-url', '--scope', '--dry-run', '--run-timeout-ms', '--workers']) {
    assert.ok(run.stdout.includes(flag), `--help does not mention ${flag}`);
  }
});
