import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';
import { startIndependentServer } from './support/independent-server/index.ts';

interface HarEntry {
  request: { method: string; url: string; headers: Array<{ name: string; value: string }>; postData?: { text: string } };
  response: { status: number };
  _scenario: string;
  _harness?: boolean;
}

function readHar(reportDir: string): HarEntry[] {
  return JSON.parse(readFileSync(path.join(reportDir, 'transcript.har'), 'utf8')).log.entries;
}

const headerNames = (entry: HarEntry) => entry.request.headers.map((h) => h.name);
const header = (entry: HarEntry, name: string) => entry.request.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

test('every IdP suite passes against an independently written SCIM server on loopback, and leaves nothing behind', async () => {
  const server = await startIndependentServer({ token: 'independent-token-1234' });
  try {
    const run = await runCli(['run', '--base-url', server.url, '--token', 'independent-token-1234', '--seed', 'indep', '--idp', 'okta,entra,entra-aadoptscim062020,onelogin,authentik,authentik-2025,authentik-2024,jumpcloud,pingone']);
    const failed = run.report?.results.filter((r) => r.status === 'failed').map((r) => `${r.id}: ${r.failures[0]?.message}`);
    assert.equal(run.exitCode, 0, `${run.stderr}\n${failed?.join('\n')}`);
    assert.ok(run.report!.summary.passed >= 80);

    const entries = readHar(run.reportDir);
    // What went on the wire is what the server received, byte for byte (query encoding included).
    const sent = entries.map((e) => `${e.request.method} ${e.request.url.replace(/^http:\/\/[^/]+/, '')}`);
    const received = server.requests.map((r) => `${r.method} ${r.url}`);
    // First came the CLI's one-time probe of the base URL (src/cli/probe-target.ts), which is no scenario's step.
    assert.deepEqual(received.slice(0, 2), ['GET /scim/v2/ServiceProviderConfig', 'GET /scim/v2/Users?startIndex=1&count=1']);
    // Then every request in the HAR reached the server exactly as recorded. The two workers' requests interleave on
    // the wire (the HAR lists them by scenario, in report order); what the server received besides them is each
    // worker reading the server's declarations once (Okta's password sync honours changePassword.supported false,
    // src/run/discover-capabilities.ts): the harness's own discovery, not a scenario's step either.
    const unmatched = received.slice(2);
    for (const request of sent) {
      const at = unmatched.indexOf(request);
      assert.ok(at >= 0, `${request} is in the HAR, but the server never received it as recorded`);
      unmatched.splice(at, 1);
    }
    assert.deepEqual(unmatched.sort(), ['GET /scim/v2/ResourceTypes', 'GET /scim/v2/ResourceTypes', 'GET /scim/v2/ServiceProviderConfig', 'GET /scim/v2/ServiceProviderConfig']);

    // Okta: the documented create pre-check with %20, its headers in capture order, the path-less deactivate PATCH.
    const okta = entries.filter((e) => e._scenario === 'okta/deactivate-user');
    assert.match(okta[0]!.request.url, /\/Users\?filter=userName%20eq%20%22scimtest-[0-9a-z]{6}-[0-9a-z]{4}-1\.[A-Za-z]+%40example\.com%22&startIndex=1&count=100$/);
    assert.deepEqual(headerNames(okta[0]!), ['Host', 'Accept', 'Accept-Charset', 'User-Agent', 'Authorization', 'Accept-Encoding']);
    assert.equal(header(okta[0]!, 'User-Agent'), 'Okta SCIM Client 1.0.0');
    assert.equal(header(okta[2]!, 'Content-Type'), 'application/scim+json; charset=utf-8');
    assert.equal(okta[2]!.request.postData!.text, '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]}');

    // Entra default dialect: form encoding with +, no User-Agent, no Accept, "Replace" with the string "False".
    const entra = entries.filter((e) => e._scenario === 'entra/disable-user' && !e._harness);
    assert.match(entra[0]!.request.url, /\/Users\?filter=userName\+eq\+%22scimtest-/);
    for (const entry of entra) {
      assert.equal(header(entry, 'User-Agent'), undefined);
      assert.equal(header(entry, 'Accept'), undefined);
    }
    const disable = entra.find((e) => e.request.method === 'PATCH')!;
    assert.match(disable.request.postData!.text, /"op":"Replace","path":"active","value":"False"/);

    // Entra aadOptscim062020: lowercase ops and real booleans.
    const flagged = entries.find((e) => e._scenario === 'entra-aadoptscim062020/disable-user' && e.request.method === 'PATCH' && !e._harness)!;
    assert.match(flagged.request.postData!.text, /"op":"replace","path":"active","value":false/);

    // OneLogin: PUT-only suspend, with the bare "?" OneLogin sends.
    const suspend = entries.find((e) => e._scenario === 'onelogin/suspend-user-put' && e.request.method === 'PUT')!;
    assert.match(suspend.request.url, /\/Users\/[^/?]+\?$/);
    assert.match(suspend.request.postData!.text, /"active":false/);

    // Clean-up: no user or group of this run is left on the server.
    const list = await fetch(`${server.url}/Users?count=1000`, { headers: { Authorization: 'Bearer independent-token-1234' } }).then((r) => r.json());
    assert.deepEqual(list.Resources.map((u: { userName: string }) => u.userName).filter((n: string) => n.startsWith('scimtest-')), []);
  } finally {
    await server.close();
  }
});
