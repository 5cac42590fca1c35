// The embedded run sends its requests straight to the mock's handle() (suites/embedded-send.ts) instead of
// through node:http and msw. It must answer exactly what the msw path answers: same status and reason
// phrase, same header names and values in the same case and order, same body, for every kind of request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createScimMock } from '../mocks/index.ts';
import { sendRequest, TransportError, type WireRequest, type WireResponse } from '../src/engine/http-client.ts';
import { createEmbeddedSend } from '../suites/embedded-send.ts';

const BASE = 'http://scim-mock.invalid/scim/v2';
const AUTH: [string, string] = ['Authorization', 'Bearer embedded-token'];

/** Two mocks with the same faults, one behind msw (the old path), one answered in process. */
function twoMocks(faults: string[] = []) {
  const options = { baseUrl: BASE, faults, credentials: { token: 'embedded-token' } };
  const viaMsw = createScimMock(options);
  const direct = createScimMock(options);
  const elsewhere = http.all('http://scim-mock.invalid/*', () => HttpResponse.json({ detail: 'not the mock' }, { status: 404 }));
  const server = setupServer(...viaMsw.handlers, elsewhere);
  server.listen({ onUnhandledRequest: 'error' });
  const mockErrors: string[] = [];
  return { send: createEmbeddedSend(direct, mockErrors), mockErrors, close: () => server.close() };
}

/** Ids, timestamps and ETag counters differ between two mocks; everything else must not. */
function comparable(response: WireResponse): WireResponse {
  const scrub = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
  return { ...response, headers: response.headers.map(([n, v]) => [n, scrub(v)]), body: scrub(response.body) };
}

test('the in-process transport answers like node:http through msw: status, reason phrase, header names as written, body', async () => {
  const { send, mockErrors, close } = twoMocks(['json-content-type']);
  try {
    const userJson = JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'ada@example.com', active: true });
    const requests: WireRequest[] = [
      { method: 'GET', url: `${BASE}/ServiceProviderConfig`, headers: [AUTH] },
      { method: 'POST', url: `${BASE}/Users`, headers: [AUTH, ['Content-Type', 'application/scim+json']], body: userJson },
      // No Content-Type: the mock must see none (a string body would make Request add text/plain).
      { method: 'POST', url: `${BASE}/Users`, headers: [AUTH], body: userJson.replace('ada', 'bob') },
      { method: 'GET', url: `${BASE}/Users?filter=userName%20eq%20%22ada@example.com%22`, headers: [AUTH, ['Accept', 'application/scim+json']] },
      { method: 'GET', url: `${BASE}/Users`, headers: [] },
      { method: 'DELETE', url: `${BASE}/Users/no-such-id`, headers: [AUTH] },
      { method: 'PATCH', url: `${BASE}/Users/no-such-id`, headers: [AUTH, ['Content-Type', 'application/scim+json']], body: '{not json' },
    ];
    for (const request of requests) {
      const viaMsw = comparable(await sendRequest(request, { timeoutMs: 5_000 }));
      const inProcess = comparable(await send(request, { timeoutMs: 5_000 }));
      assert.deepEqual(inProcess, viaMsw, `${request.method} ${request.url}`);
    }
    // The reason phrase node:http reads from the status line, and the mock's own header case.
    const created = await send({ ...requests[1]!, body: userJson.replace('ada', 'cyd') }, {});
    assert.equal(created.statusText, 'Created');
    assert.ok(created.headers.some(([name]) => name === 'Location'), JSON.stringify(created.headers));
    assert.deepEqual(mockErrors, []);
  } finally {
    close();
  }
});

test('a URL the mock does not serve still goes through msw (the fixture answers it)', async () => {
  const { send, close } = twoMocks();
  try {
    const response = await send({ method: 'GET', url: 'http://scim-mock.invalid/elsewhere', headers: [] }, {});
    assert.equal(response.status, 404);
    assert.match(response.body, /not the mock/);
  } finally {
    close();
  }
});

test('--timeout-ms applies in process: a slow write ends in a timeout error, as over node:http', async () => {
  const { send, close } = twoMocks(['slow-writes']);
  try {
    const request: WireRequest = { method: 'DELETE', url: `${BASE}/Users/any`, headers: [AUTH] };
    await assert.rejects(send(request, { timeoutMs: 50 }), (error: unknown) => error instanceof TransportError && error.code === 'timeout');
    await assert.rejects(sendRequest(request, { timeoutMs: 50 }), (error: unknown) => error instanceof TransportError && error.code === 'timeout');
  } finally {
    close();
  }
});

test('a scenario header Connection: keep-alive (Okta sends it) is answered, not left hanging', async () => {
  // Through msw's socket emulation this header once left the request without an answer until the step timed out.
  const direct = createScimMock({ baseUrl: BASE, credentials: { token: 'embedded-token' } });
  const send = createEmbeddedSend(direct, []);
  const response = await send({ method: 'GET', url: `${BASE}/Users?count=1`, headers: [AUTH, ['Connection', 'keep-alive'], ['Accept-Encoding', 'gzip,deflate']] }, { timeoutMs: 5_000 });
  assert.equal(response.status, 200);
  assert.match(response.body, /ListResponse/);
});
