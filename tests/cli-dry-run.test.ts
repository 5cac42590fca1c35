import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';

test('--dry-run lists and writes the exact requests, and opens no connection to the target', async () => {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    const token = 'dry-run-secret-token-4242';
    const run = await runCli(['run', '--dry-run', '--base-url', `http://127.0.0.1:${port}/scim/v2`, '--token', token, '--idp', 'okta', '--scenario', 'okta/deactivate-user', '--seed', 'dry']);
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal(connections, 0);
    assert.match(run.stdout, /3\. PATCH \/scim\/v2\/Users\/\{userId\}/);
    assert.match(run.stdout, /dry run: 4 requests in 1 scenarios, none sent/);
    const har = JSON.parse(readFileSync(path.join(run.reportDir, 'transcript.har'), 'utf8'));
    const [lookup, , patch] = har.log.entries;
    assert.match(lookup.request.url, new RegExp(`^http://127\\.0\\.0\\.1:${port}/scim/v2/Users\\?filter=userName%20eq%20%22scimtest-[0-9a-z]{6}-[0-9a-z]{4}-1\\.[A-Za-z]+%40example\\.com%22&startIndex=1&count=100$`));
    assert.equal(patch.request.postData.text, '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]}');
    assert.ok(!run.allOutput().includes(token), 'the token leaked');
  } finally {
    server.close();
  }
});
