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
