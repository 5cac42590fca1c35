import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createScimMock } from './create-scim-mock.ts';
import type { ScimMock } from './mock-types.ts';
import { startMockServer, type MockServer } from './node-server.ts';

const TOKEN = 'adapter-token';
const USER = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@example.com","name":{"givenName":"Ada"}}';

/** One request, sent both ways: over node:http to startMockServer, and as a Fetch Request to handle(). */
interface Case {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

const auth = { Authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'Content-Type': 'application/scim+json' };

/** Every kind of answer: success with Location and ETag, 304, 412, 401 with WWW-Authenticate, 413, 415, bad UTF-8, Bulk. */
const CASES: Case[] = [
  { name: 'create', method: 'POST', path: '/Users', headers: json, body: USER },
  { name: 'get by id', method: 'GET', path: '/Users/id-1', headers: auth },
  { name: 'get by id, attributes projection, mixed-case parameter', method: 'GET', path: '/Users/id-1?Attributes=userName', headers: auth },
  { name: 'userName eq filter, %20-encoded', method: 'GET', path: `/Users?filter=${encodeURIComponent('userName eq "ADA@example.com"')}`, headers: auth },
  { name: 'If-None-Match: 304', method: 'GET', path: '/Users/id-1', headers: { ...auth, 'If-None-Match': 'W/"1"' } },
  { name: 'stale If-Match: 412', method: 'PUT', path: '/Users/id-1', headers: { ...json, 'If-Match': 'W/"9"' }, body: USER },
  { name: 'PATCH', method: 'PATCH', path: '/Users/id-1', headers: json, body: '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}' },
  { name: 'no credentials: 401', method: 'GET', path: '/Users', headers: {} },
  { name: 'repeated Authorization headers are joined, so they do not match', method: 'GET', path: '/Users', headers: { Authorization: [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`] } },
  { name: 'repeated custom headers are recorded joined', method: 'GET', path: '/ServiceProviderConfig', headers: { ...auth, 'X-Trace': ['a', 'b'] } },
  { name: 'wrong media type: 415 and a violation', method: 'POST', path: '/Users', headers: { ...auth, 'Content-Type': 'text/plain' }, body: USER },
  { name: 'missing media type: accepted and flagged', method: 'POST', path: '/Groups', headers: auth, body: '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"g"}' },
  { name: 'malformed JSON: 400', method: 'POST', path: '/Users', headers: json, body: '{"userName":' },
  { name: 'not UTF-8: 400', method: 'POST', path: '/Users', headers: json, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
  { name: 'declared body over the cap: 413', method: 'POST', path: '/Users', headers: json, body: `{"userName":"${'x'.repeat(3000)}"}` },
  { name: 'percent-encoded path segment', method: 'GET', path: '/Users/%69d-1', headers: auth },
  { name: 'bad percent-encoding: 400 invalidPath', method: 'GET', path: '/Users/%ZZ', headers: auth },
  { name: 'dot segments resolve as a URL parser resolves them', method: 'GET', path: '/Groups/../Users/id-1', headers: auth },
  { name: 'unknown endpoint: 404', method: 'GET', path: '/Nope', headers: auth },
  { name: 'method not allowed: 405', method: 'PURGE', path: '/Users', headers: auth },
  { name: 'Bulk', method: 'POST', path: '/Bulk', headers: json, body: '{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[{"method":"POST","bulkId":"b1","path":"/Users","data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bulk@example.com"}}]}' },
  { name: 'delete: 204', method: 'DELETE', path: '/Users/id-1', headers: auth },
];

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The response headers both adapters must agree on (node adds Date, Connection, Keep-Alive, Content-Length). */
const COMPARED_HEADERS = ['content-type', 'etag', 'location', 'www-authenticate', 'retry-after', 'cache-control'];

function pick(get: (name: string) => string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of COMPARED_HEADERS) {
    const value = get(name);
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}

/** The exact header lines both sides send: node's client adds none of its own when Host and Connection are set. */
function requestHeaders(server: MockServer, c: Case): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = { Host: new URL(server.url).host, Connection: 'keep-alive', ...c.headers };
  if (c.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(c.body));
  else if (c.method !== 'GET' && c.method !== 'HEAD') headers['Content-Length'] = '0'; // what node's client sends for a DELETE
  return headers;
}

function overHttp(server: MockServer, c: Case): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: c.method, path: `${url.pathname}${c.path}`, headers: requestHeaders(server, c), agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: pick((name) => res.headers[name] as string | undefined), body }));
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

async function inMemory(mock: ScimMock, server: MockServer, c: Case): Promise<Reply> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(requestHeaders(server, c))) for (const one of [value].flat()) headers.append(name, one);
  const init: RequestInit = { method: c.method, headers };
  // Bytes, not a string: a string body would get a Content-Type (text/plain) the HTTP client never sent.
  if (c.body !== undefined) init.body = Buffer.from(c.body);
  const response = await mock.handle(new Request(`${server.url}${c.path}`, init));
  return { status: response.status, headers: pick((name) => response.headers.get(name)), body: await response.text() };
}

describe('startMockServer (node:http, no Fetch objects) answers exactly as handle(Request) does', () => {
  let server: MockServer;
  let twin: ScimMock;
  before(async () => {
    const same = () => {
      let n = 0;
      return { credentials: { token: TOKEN }, maxBodyBytes: 2048, now: () => Date.UTC(2026, 0, 1), newId: () => `id-${++n}` };
    };
    server = await startMockServer(same());
    twin = createScimMock({ ...same(), baseUrl: server.url });
  });
  after(() => server.close());

  it('gives the same status, headers, body, request log and violations for the same requests', async () => {
    for (const c of CASES) {
      const http = await overHttp(server, c);
      const fetched = await inMemory(twin, server, c);
      assert.deepEqual(http, fetched, c.name);
    }
    assert.deepEqual(server.mock.requests(), twin.requests());
    assert.deepEqual(server.mock.violations(), twin.violations());
    assert.ok(server.mock.violations().some((v) => v.rule === 'request-media-type'), 'the media-type violations were recorded');
    const traced = server.mock.requests().find((r) => r.headers['x-trace'] !== undefined);
    assert.equal(traced?.headers['x-trace'], 'a, b');
    assert.equal(traced?.headers['authorization'], 'Bearer [redacted]');
  });

  it('answers TRACE (which a Fetch Request refuses) with a 400 SCIM Error and records nothing', async () => {
    const before = server.mock.requests().length;
    const reply = await overHttp(server, { name: 'trace', method: 'TRACE', path: '/Users', headers: auth });
    assert.equal(reply.status, 400);
    assert.match(reply.body, /urn:ietf:params:scim:api:messages:2\.0:Error/);
    assert.equal(server.mock.requests().length, before);
  });

  it('answers a chunked body that passes the cap with 413 and closes the connection', async () => {
    const url = new URL(server.url);
    const reply = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: `${url.pathname}/Users`, headers: { ...json, 'Transfer-Encoding': 'chunked' }, agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers['connection'], body }));
      });
      req.on('error', reject);
      req.write('x'.repeat(1500));
      req.write('x'.repeat(1500));
      setTimeout(() => req.end(), 50);
    });
    assert.equal(reply.status, 413);
    assert.equal(reply.connection, 'close');
    assert.match(reply.body, /at most 2048 bytes/);
  });
});
