import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WireRequest, WireResponse } from '../engine/http-client.ts';
import { discoverCapabilities, fromResourceTypes } from './discover-capabilities.ts';

const SPC = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 100 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: true },
  authenticationSchemes: [],
};
const USER_TYPE = { name: 'User', endpoint: '/Users', schemaExtensions: [{ schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false }] };

/** A fake server answering by path; records what was asked and with which Authorization. */
function fakeServer(routes: Record<string, { status: number; body: unknown }>) {
  const seen: string[] = [];
  const send = async (request: WireRequest): Promise<WireResponse> => {
    const path = new URL(request.url).pathname.replace('/scim/v2', '');
    seen.push(`${request.method} ${path} ${request.headers.find(([name]) => name === 'Authorization')?.[1] ?? '-'}`);
    const route = routes[path] ?? { status: 404, body: {} };
    return { status: route.status, statusText: '', headers: [], body: JSON.stringify(route.body) };
  };
  return { send, seen };
}

describe('discoverCapabilities', () => {
  it('reads ServiceProviderConfig and ResourceTypes once each, with the run\'s Authorization, and names each "no" with its reason', async () => {
    const server = fakeServer({ '/ServiceProviderConfig': { status: 200, body: SPC }, '/ResourceTypes': { status: 200, body: { Resources: [USER_TYPE] } } });
    const beforeRequest = async () => void server.seen.push('paced');
    const declared = await discoverCapabilities({ baseUrl: 'http://x.invalid/scim/v2', auth: 'Bearer t', send: server.send, beforeRequest });
    assert.deepEqual(server.seen, ['paced', 'GET /ServiceProviderConfig Bearer t', 'paced', 'GET /ResourceTypes Bearer t']);
    assert.deepEqual(Object.keys(declared).sort(), ['bulk', 'change-password', 'groups', 'sort']);
    assert.equal(declared.sort, "the server's ServiceProviderConfig says sort.supported is false (RFC 7643 §5)");
    assert.match(declared.groups!, /lists no Group resource type, only User/);
  });

  it('a missing /ServiceProviderConfig leaves every feature but filter unknown, with the status in the reason: unknown is not "supported"', async () => {
    const server = fakeServer({ '/ResourceTypes': { status: 200, body: { Resources: [USER_TYPE, { name: 'Group', endpoint: '/Groups' }] } } });
    const declared = await discoverCapabilities({ baseUrl: 'http://x.invalid/scim/v2', send: server.send });
    assert.deepEqual(Object.keys(declared).sort(), ['bulk', 'change-password', 'etag', 'patch', 'sort']);
    assert.equal(declared.etag, 'support unknown: /ServiceProviderConfig answered 404, so nothing says etag is supported (RFC 7643 §5)');
    const failing = await discoverCapabilities({ baseUrl: 'http://x.invalid/scim/v2', send: async () => Promise.reject(new Error('refused')) });
    assert.match(failing.bulk!, /^support unknown: \/ServiceProviderConfig did not answer \(refused\)/);
    assert.equal(failing.filter, undefined, 'filter checks still run: an unsupported filter is declined with 400 invalidFilter');
  });

  it('a feature without a boolean supported is unknown; an unreadable /ResourceTypes declares nothing', async () => {
    const server = fakeServer({ '/ServiceProviderConfig': { status: 200, body: { ...SPC, sort: undefined, bulk: { supported: 'no' } } }, '/ResourceTypes': { status: 500, body: {} } });
    const declared = await discoverCapabilities({ baseUrl: 'http://x.invalid/scim/v2', send: server.send });
    assert.deepEqual(Object.keys(declared).sort(), ['bulk', 'change-password', 'sort']);
    assert.equal(declared.sort, 'support unknown: the server\'s ServiceProviderConfig has no boolean sort.supported (REQUIRED, RFC 7643 §5)');
  });
});

describe('fromResourceTypes', () => {
  it('finds Users, Groups and the enterprise extension by name or endpoint', () => {
    assert.deepEqual(fromResourceTypes([USER_TYPE, { name: 'Group', endpoint: '/Groups' }]), {});
    const noExtension = fromResourceTypes([{ name: 'user', endpoint: '/Users' }, { name: 'Team', endpoint: '/Groups' }]);
    assert.deepEqual(Object.keys(noExtension), ['enterprise-extension']);
    assert.deepEqual(Object.keys(fromResourceTypes([])).sort(), ['groups', 'users']);
  });
});
