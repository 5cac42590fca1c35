// Issue 14 §3: each mistake a new user makes ends in one line and exit 2, before any scenario runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockServer, type MockServer } from '../mocks/index.ts';
import { runCli, type CliRun } from './support/run-cli.ts';
import { startHostileServer } from './support/hostile-server.ts';

const TOKEN = 'newcomer-right-token-5150';

/** Exit 2, one line on stderr saying `reason`, and no scenario ran: no start line, no report file. */
function assertStoppedUpFront(run: CliRun, reason: RegExp): void {
  const context = `exit ${run.exitCode}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
  assert.equal(run.exitCode, 2, context);
  assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, `more than one line: ${context}`);
  assert.match(run.stderr.trim(), new RegExp(`^scim-conformance: ${reason.source}`), context);
  assert.equal(run.stdout, '', `the run started: ${context}`);
  assert.deepEqual(run.files, [], 'a report was written');
}

/** The probe's requests: only GETs of the discovery endpoint and of one page of users. */
function assertOnlyProbed(server: MockServer, atMost: number): void {
  const seen = server.mock.requests().map((r) => `${r.method} ${r.url}`);
  assert.ok(seen.length <= atMost, `${seen.length} requests reached the server:\n${seen.join('\n')}`);
  for (const request of seen) assert.match(request, /^GET \S*\/(ServiceProviderConfig|Users\?startIndex=1&count=1)$/, `not a probe request: ${request}`);
}

test('a typo in --mock-fault names the nearest fault', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--mock-fault', 'reject-capitalized-patch-ops']);
  assertStoppedUpFront(run, /--mock-fault reject-capitalized-patch-ops is not a fault of the embedded mock; did you mean reject-capitalised-patch-ops\? "scim-conformance serve --help" lists them all\.$/);
});

test('a waiver whose id names no scenario names the nearest one', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scim-waivers-'));
  const file = path.join(dir, 'waivers.yaml');
  writeFileSync(file, '- { id: rfc/sort-ascendng, reason: "sorting is planned", link: "https://tracker/1", expires: 2099-12-31 }\n');
  const run = await runCli(['run', '--idp', 'okta', '--waivers', file]);
  assertStoppedUpFront(run, /--waivers: the waiver for rfc\/sort-ascendng names no scenario; did you mean rfc\/sort-ascending\? Write the id as the reports show it/);
});

describe('against a server', () => {
  let server: MockServer;
  const origin = () => new URL(server.url).origin;
  before(async () => {
    server = await startMockServer({ credentials: { token: TOKEN } });
  });
  after(() => server.close());

  test('a base URL that is not the SCIM root suggests the root it found', async () => {
    server.mock.reset();
    const run = await runCli(['run', '--base-url', origin(), '--token', TOKEN, '--idp', 'okta']);
    assertStoppedUpFront(run, new RegExp(`${origin()} is not a SCIM root: GET /ServiceProviderConfig and GET /Users both answered 404, but ${server.url}/ServiceProviderConfig answered 200\\. Use --base-url ${server.url}\\.$`));
    assertOnlyProbed(server, 3); // the two 404s, then the first candidate root
  });

  test('https:// to a plain-HTTP port says to use http://', async () => {
    server.mock.reset();
    const https = server.url.replace(/^http:/, 'https:');
    const run = await runCli(['run', '--base-url', https, '--token', TOKEN, '--idp', 'okta']);
    assertStoppedUpFront(run, new RegExp(`${https} says https://, but 127\\.0\\.0\\.1:\\d+ answers plain HTTP\\. Use --base-url ${server.url}\\.$`));
    assertOnlyProbed(server, 0);
  });

  test('credentials the server rejects: "the server rejected the credentials (HTTP 401 …)", and the token is not shown', async () => {
    server.mock.reset();
    const wrong = 'newcomer-wrong-token-8086';
    const run = await runCli(['run', '--base-url', server.url, '--token', wrong, '--idp', 'okta']);
    assertStoppedUpFront(run, /the server rejected the credentials \(HTTP 401 Unauthorized on GET \/Users\)\. Check the value given with --token/);
    assert.ok(!run.stderr.includes(wrong));
    assertOnlyProbed(server, 2);
  });

  test('the same from SCIM_TOKEN names SCIM_TOKEN', async () => {
    const run = await runCli(['run', '--base-url', server.url, '--idp', 'okta'], { env: { SCIM_TOKEN: 'newcomer-env-token-1' } });
    assertStoppedUpFront(run, /the server rejected the credentials \(HTTP 401 Unauthorized on GET \/Users\)\. Check the value given with SCIM_TOKEN/);
  });

  test('no credentials for a server that requires them says how to pass them', async () => {
    server.mock.reset();
    const run = await runCli(['run', '--base-url', server.url, '--idp', 'rfc']);
    assertStoppedUpFront(run, /the server requires credentials \(HTTP 401 Unauthorized on GET \/Users\) and none were given\. Pass --token/);
    assertOnlyProbed(server, 2);
  });
});

test('http:// to a TLS port says to use https://', async () => {
  const server = await startHostileServer('tls-self-signed');
  try {
    assert.equal(server.behaviour, 'tls-self-signed', 'openssl is needed to make the test certificate');
    const http = server.url.replace(/^https:/, 'http:');
    const run = await runCli(['run', '--base-url', http, '--token', TOKEN, '--idp', 'okta']);
    assertStoppedUpFront(run, new RegExp(`${http} says http://, but 127\\.0\\.0\\.1:\\d+ answers with TLS\\. Use --base-url ${server.url}\\.$`));
    assert.deepEqual(server.requests, [], 'no HTTP request got through the TLS port');
  } finally {
    await server.close();
  }
});
