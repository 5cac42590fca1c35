import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A bare node:http server answering the benchmark's routes with constant bodies: the floor a SCIM
 * server on this machine cannot beat. Run as a child process; prints its base URL on the first line.
 *   GET /scim/v2/Users/{id} → 200 user; GET /scim/v2/Users?… → 200 ListResponse; POST /scim/v2/Users → 201 user.
 * It writes the headers `serve` writes (Content-Type, Content-Length, and ETag with a user) so both put the
 * same framing on the wire: without Content-Length node:http would answer chunked, more bytes and more work
 * per response than `serve`'s, which would flatter the ratio.
 */
const USER = JSON.stringify({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: '2819c223-7f76-453a-919d-413861904646',
  userName: 'bench-constant@example.com',
  name: { givenName: 'Bench', familyName: 'User' },
  emails: [{ value: 'bench-constant@example.com', type: 'work', primary: true }],
  displayName: 'Bench User',
  active: true,
  meta: {
    resourceType: 'User',
    created: '2026-01-01T00:00:00.000Z',
    lastModified: '2026-01-01T00:00:00.000Z',
    version: 'W/"1"',
    location: 'http://127.0.0.1/scim/v2/Users/2819c223-7f76-453a-919d-413861904646',
  },
});
const LIST = JSON.stringify({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 1,
  itemsPerPage: 1,
  startIndex: 1,
  Resources: [JSON.parse(USER)],
});
const USER_HEADERS = { 'Content-Type': 'application/scim+json', ETag: 'W/"1"', 'Content-Length': Buffer.byteLength(USER) };
const CREATED_HEADERS = { ...USER_HEADERS, Location: 'http://127.0.0.1/scim/v2/Users/2819c223-7f76-453a-919d-413861904646' };
const LIST_HEADERS = { 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(LIST) };
const NOT_FOUND = '{"status":"404"}';
const NOT_FOUND_HEADERS = { 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(NOT_FOUND) };

const server = createServer({ keepAlive: true }, (req, res) => {
  const url = req.url ?? '/';
  if (req.method === 'POST' && url === '/scim/v2/Users') {
    req.resume();
    req.on('end', () => res.writeHead(201, CREATED_HEADERS).end(USER));
    return;
  }
  if (req.method === 'GET' && url.startsWith('/scim/v2/Users?')) return void res.writeHead(200, LIST_HEADERS).end(LIST);
  if (req.method === 'GET' && url.startsWith('/scim/v2/Users/')) return void res.writeHead(200, USER_HEADERS).end(USER);
  res.writeHead(404, NOT_FOUND_HEADERS).end(NOT_FOUND);
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2\n`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
