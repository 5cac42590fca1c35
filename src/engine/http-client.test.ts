import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { sendRequest, TransportError } from './http-client.ts';

/**
 * A server that closes a kept-alive connection when a second request arrives on it, as one whose keep-alive
 * timeout ran out just then would: the request is never answered on that connection.
 */
async function closesReusedConnections() {
  const served = new WeakMap<Socket, number>();
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    received.push(`${req.method} ${count === 1 ? 'new' : 'reused'}`);
    if (count > 1) return void req.socket.destroy();
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2/Users`;
  return { url, received, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

test('a GET on a kept-alive connection the server had closed is sent again once, on a new connection', async () => {
  const server = await closesReusedConnections();
  try {
    await sendRequest({ method: 'GET', url: server.url, headers: [] });
    const again = await sendRequest({ method: 'GET', url: server.url, headers: [] });
    assert.equal(again.status, 200);
    assert.deepEqual(server.received, ['GET new', 'GET reused', 'GET new']);
  } finally {
    await server.close();
  }
});

test('a POST in the same case is never sent twice: it fails as a reset', async () => {
  const server = await closesReusedConnections();
  try {
    await sendRequest({ method: 'GET', url: server.url, headers: [] });
    await assert.rejects(sendRequest({ method: 'POST', url: server.url, headers: [], body: '{}' }), (error) => error instanceof TransportError && error.code === 'reset');
    assert.deepEqual(server.received, ['GET new', 'POST reused']);
  } finally {
    await server.close();
  }
});
