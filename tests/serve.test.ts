import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { malformedCorpus } from './support/malformed-corpus.ts';
import { runCli } from './support/run-cli.ts';
import { startServe } from './support/start-serve.ts';

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; type: string; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('serve prints its URL, replays every suite (the IdPs, rfc and concurrency) green over the port, logs client violations, and stops on SIGTERM', async () => {
  const serve = await startServe(['--token', 'serve-token-123']);
  try {
    assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const run = await runCli(['run', '--base-url', serve.url, '--token', 'serve-token-123', '--seed', 'serve']);
    const failed = run.report?.results.filter((r) => r.status === 'failed').map((r) => `${r.id}: ${r.failures[0]?.message}`);
    assert.equal(run.exitCode, 0, failed?.join('\n') ?? run.stderr);
    assert.deepEqual([...new Set(run.report!.results.map((r) => r.idp))].sort(), ['authentik', 'authentik-2024', 'authentik-2025', 'concurrency', 'entra', 'entra-aadoptscim062020', 'jumpcloud', 'okta', 'onelogin', 'pingone', 'rfc']);
    assert.ok(run.report!.summary.passed >= 190, `${run.report!.summary.passed} passed`);
    await send(`${serve.url}/Users`, 'POST', { Authorization: 'Bearer serve-token-123', 'Content-Type': 'text/plain' }, '{}');
    await new Promise((r) => setTimeout(r, 100));
    assert.match(serve.output(), /415 POST http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users\n  client violation \[request-media-type\]/);
    assert.ok(!serve.output().includes('serve-token-123'), 'serve logged the token');
  } finally {
    assert.equal(await serve.stop('SIGTERM'), 0);
  }
});

test('serve answers 200+ malformed requests with 4xx SCIM errors, never a 5xx, and stays up', async () => {
  const serve = await startServe(['--token', 'tok-malformed']);
  try {
    const corpus = malformedCorpus('Bearer tok-malformed');
    assert.ok(corpus.length >= 200, `only ${corpus.length} requests`);
    const wrong: string[] = [];
    for (const request of corpus) {
      const reply = await send(serve.url + request.path, request.method, request.headers, request.body).catch((error: Error) => ({ status: 0, type: '', text: error.message }));
      const scimError = request.method === 'HEAD' || /"urn:ietf:params:scim:api:messages:2\.0:Error"/.test(reply.text);
      if (reply.status < 400 || reply.status >= 500 || !scimError) wrong.push(`${request.name}: ${reply.status} ${reply.text.slice(0, 120)}`);
    }
    assert.deepEqual(wrong, []);
    const alive = await send(`${serve.url}/ServiceProviderConfig`, 'GET', { Authorization: 'Bearer tok-malformed' });
    assert.equal(alive.status, 200);
  } finally {
    await serve.stop('SIGINT');
  }
});
