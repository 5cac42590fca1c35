import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createScimMock } from './create-scim-mock.ts';

/**
 * A node:http request, the way the harness's http-client (and Playwright's request) send them. Call
 * `http.request` on the module object: msw patches that property, and an ESM named import of `request`
 * keeps the unpatched function.
 */
function send(url: string, method: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = http.request(url, { method, headers: body ? { 'Content-Type': 'application/scim+json', 'Content-Length': String(Buffer.byteLength(body)), ...headers } : headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('msw handlers: setupServer(...mock.handlers) with node:http', () => {
  const mock = createScimMock({ credentials: { token: 't0k' } });
  const server = setupServer(...mock.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('answers POST and GET sent to http://scim-mock.invalid/scim/v2', async () => {
    const created = await send('http://scim-mock.invalid/scim/v2/Users', 'POST', JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'ada' }), { Authorization: 'Bearer t0k' });
    assert.equal(created.status, 201);
    assert.equal(created.headers['content-type'], 'application/scim+json');
    const id = (JSON.parse(created.body) as { id: string }).id;
    const found = await send(`http://scim-mock.invalid/scim/v2/users/${id}`, 'GET', undefined, { Authorization: 'Bearer t0k' });
    assert.equal(found.status, 200);
    assert.equal(mock.store.count('User'), 1);
  });

  it('does not claim requests outside the base URL', async () => {
    await assert.rejects(send('http://scim-mock.invalid/other', 'GET'));
  });
});
