import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { startRecordingProxy } from './recording-proxy.ts';

interface Seen {
  method: string;
  url: string;
  rawHeaders: string[];
  body: string;
}

/** An upstream on 127.0.0.1 that keeps what arrived and answers gzip with its own header spelling. */
async function startUpstream(): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString() });
      const body = zlib.gzipSync(JSON.stringify({ id: 'abc', userName: 'x' }));
      res.writeHead(201, 'Created Here', ['content-type', 'application/scim+json', 'Content-Encoding', 'gzip', 'X-Odd-Header', 'kept', 'Content-Length', String(body.length)]);
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/scim/v2`, seen, close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }) };
}

function send(url: string, path: string, headers: string[], body: string): Promise<{ status: number; message: string; rawHeaders: string[]; raw: Buffer }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path, method: 'POST', headers: ['Host', target.host, ...headers], agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, message: res.statusMessage!, rawHeaders: res.rawHeaders, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the proxy forwards the raw path and query, the headers in order and the body unchanged, and returns the response bytes unchanged', async () => {
  const upstream = await startUpstream();
  const proxy = await startRecordingProxy({ upstream: upstream.url, maxRequests: 1 });
  try {
    assert.match(proxy.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const path = '/scim/v2/Users?filter=userName+eq+%22a%40b.c%22&x=%20';
    const body = '{"userName":"a@b.c"}';
    const answer = await send(proxy.url, path, ['User-Agent', 'Okta SCIM Client 1.0.0', 'Authorization', 'Bearer t0k3n', 'content-type', 'application/scim+json', 'Content-Length', String(body.length)], body);
    await proxy.limitReached;

    const [arrived] = upstream.seen;
    assert.equal(arrived!.url, path);
    assert.equal(arrived!.body, body);
    const names = arrived!.rawHeaders.filter((_, i) => i % 2 === 0);
    assert.deepEqual(names.filter((n) => n !== 'Connection'), ['Host', 'User-Agent', 'Authorization', 'content-type', 'Content-Length']);
    assert.equal(arrived!.rawHeaders[arrived!.rawHeaders.indexOf('Host') + 1], new URL(upstream.url).host);

    assert.equal(answer.status, 201);
    assert.equal(answer.message, 'Created Here');
    assert.deepEqual(JSON.parse(zlib.gunzipSync(answer.raw).toString()), { id: 'abc', userName: 'x' }, 'the gzip body passes through still compressed');
    assert.ok(answer.rawHeaders.includes('X-Odd-Header') && answer.rawHeaders.includes('content-type'));

    const [recorded] = proxy.exchanges();
    assert.equal(recorded!.url, path);
    assert.equal(recorded!.response.body, '{"id":"abc","userName":"x"}', 'the recording keeps the decoded body');
  } finally {
    await proxy.close();
    await upstream.close();
  }
});

test('an unreachable upstream is answered 502 with a SCIM error and not recorded', async () => {
  const upstream = await startUpstream();
  await upstream.close();
  const proxy = await startRecordingProxy({ upstream: upstream.url });
  try {
    const answer = await send(proxy.url, '/scim/v2/Users', [], '{}');
    assert.equal(answer.status, 502);
    assert.match(answer.raw.toString(), /did not answer/);
    assert.deepEqual(proxy.exchanges(), []);
  } finally {
    await proxy.close();
  }
});
