import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startMockServer, type MockServer } from './node-server.ts';

describe('startMockServer over 127.0.0.1', () => {
  let server: MockServer;
  before(async () => {
    server = await startMockServer({ credentials: { token: 'secret-token' } });
  });
  after(async () => {
    await server.close();
  });

  it('serves CRUD at http://127.0.0.1:PORT/scim/v2 with the same logic as the handlers', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const headers = { Authorization: 'Bearer secret-token', 'Content-Type': 'application/scim+json' };
    const created = await fetch(`${server.url}/Users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'ada@example.com' }),
    });
    assert.equal(created.status, 201);
    const user = (await created.json()) as { id: string };
    assert.equal(created.headers.get('location'), `${server.url}/Users/${user.id}`);
    const found = await fetch(`${server.url}/Users?filter=${encodeURIComponent('userName eq "ADA@example.com"')}`, { headers });
    assert.equal(((await found.json()) as { totalResults: number }).totalResults, 1);
    const unauthorised = await fetch(`${server.url}/Users`);
    assert.equal(unauthorised.status, 401);
    assert.equal(unauthorised.headers.get('content-type'), 'application/scim+json');
    const deleted = await fetch(`${server.url}/Users/${user.id}`, { method: 'DELETE', headers });
    assert.equal(deleted.status, 204);
    assert.equal(server.mock.requests().length, 4);
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const reply = await fetch(`${server.url}/Users`, {
      method: 'POST',
      headers: { Authorization: 'Bearer secret-token', 'Content-Type': 'application/scim+json' },
      body: '{"userName":',
    });
    assert.equal(reply.status, 400);
    assert.equal((await fetch(`${server.url}/ServiceProviderConfig`, { headers: { Authorization: 'Bearer secret-token' } })).status, 200);
  });

  it('answers a request the HTTP parser refuses with a 400 SCIM Error and keeps serving', async () => {
    const { hostname, port } = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write('GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400/);
    assert.match(raw, /urn:ietf:params:scim:api:messages:2\.0:Error/);
    assert.equal((await fetch(`${server.url}/ServiceProviderConfig`, { headers: { Authorization: 'Bearer secret-token' } })).status, 200);
  });
});
