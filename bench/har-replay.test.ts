import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createNodeHttpSend, replayHar, sendWithFetch, type HarEntry } from './har-replay.ts';

const entry = (method: string, url: string, status: number, responseText = '', body?: string, auth = 'Bearer [REDACTED]'): HarEntry => ({
  startedDateTime: new Date(0).toISOString(),
  time: 1,
  request: { method, url, headers: [{ name: 'Host', value: 'old' }, { name: 'Authorization', value: auth }], ...(body ? { postData: { text: body } } : {}) },
  response: { status, content: { text: responseText } },
});

for (const [client, send] of [['fetch', sendWithFetch], ['node:http', createNodeHttpSend()]] as const) {
test(`replayHar (${client}) restores the Bearer token, maps POST ids in order and keeps recorded 401 credentials failing`, async () => {
  const seen: { method: string; url: string; auth: string; body: string }[] = [];
  let created = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization ?? '', body });
      if (req.headers.authorization !== 'Bearer s3cret') return void res.writeHead(401).end();
      if (req.method === 'POST') return void res.writeHead(201).end(JSON.stringify({ id: `fresh-id-${++created}` }));
      res.writeHead(req.url === '/scim/v2/Users/fresh-id-1' ? 200 : 404).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`;
  try {
    const result = await replayHar(
      [
        entry('POST', 'http://127.0.0.1:1/scim/v2/Users', 201, '{"id":"recorded-id-1"}', '{"userName":"a"}'),
        entry('GET', 'http://127.0.0.1:1/scim/v2/Users/recorded-id-1', 200),
        entry('PATCH', 'http://127.0.0.1:1/scim/v2/Groups/g', 404, '', '{"value":"recorded-id-1"}'),
        entry('GET', 'http://127.0.0.1:1/scim/v2/Users?filter=userName%20eq%20%22a%22', 401, '', undefined, '[REDACTED]'),
        entry('GET', 'http://127.0.0.1:1/scim/v2/Users/recorded-id-1', 401),
      ],
      base,
      's3cret',
      send,
    );
    assert.equal(result.mappedIds, 1);
    assert.equal(result.sameStatus, 5, result.mismatches.join('; '));
    assert.equal(seen[0]!.auth, 'Bearer s3cret');
    assert.equal(seen[1]!.url, '/scim/v2/Users/fresh-id-1');
    assert.equal(seen[2]!.body, '{"value":"fresh-id-1"}');
    assert.equal(seen[3]!.url, '/scim/v2/Users?filter=userName%20eq%20%22a%22', 'the raw query is sent as recorded');
    assert.equal(seen[3]!.auth, '[REDACTED]');
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
}
