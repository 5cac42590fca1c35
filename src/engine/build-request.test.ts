import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequest } from './build-request.ts';

const request = {
  method: 'GET' as const,
  path: '/Users/{{userId}}',
  headers: { Accept: 'application/scim+json', Authorization: '{{auth}}', 'X-Note': 'by {{auth}}' },
};
const resolver = (auth: string) => (name: string) => (name === 'auth' ? auth : name === 'userId' ? 'u1' : undefined);

test('with credentials, {{auth}} fills the Authorization header', () => {
  const wire = buildRequest('http://x.invalid/scim/v2', request, resolver('Bearer t'));
  assert.deepEqual(wire.headers, [['Accept', 'application/scim+json'], ['Authorization', 'Bearer t'], ['X-Note', 'by Bearer t']]);
  assert.equal(wire.url, 'http://x.invalid/scim/v2/Users/u1');
});

test('without credentials, a header that is exactly {{auth}} is not sent at all (not an empty one)', () => {
  const wire = buildRequest('http://x.invalid/scim/v2', request, resolver(''));
  assert.deepEqual(wire.headers, [['Accept', 'application/scim+json'], ['X-Note', 'by ']]);
});

test('a path that is a server-given URI reference: absolute as is, relative against the base URL up to the SCIM root', async () => {
  const { resolveTarget, ForeignOriginError } = await import('./build-request.ts');
  assert.equal(resolveTarget('http://x.invalid/scim/v2/', '/Users/u1'), 'http://x.invalid/scim/v2/Users/u1');
  assert.equal(resolveTarget('http://x.invalid/scim/v2', 'http://x.invalid/scim/v2/Users/u1'), 'http://x.invalid/scim/v2/Users/u1');
  assert.equal(resolveTarget('http://x.invalid/scim/v2', 'Users/u1'), 'http://x.invalid/scim/v2/Users/u1', 'RFC 7643 §2.3.7: the base keeps every path segment');
  assert.throws(() => resolveTarget('http://x.invalid/scim/v2', 'http://backend.internal/scim/v2/Users/u1'), ForeignOriginError, 'credentials go to the base origin only');
});
