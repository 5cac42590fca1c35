import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hintForStatus } from './status-hints.ts';

test('a 404 on a discovery endpoint says the endpoint is not implemented, not "check the id"', () => {
  const hint = hintForStatus({ suite: 'rfc', method: 'GET', path: '/Schemas', expected: [200], got: 404 });
  assert.match(hint, /does not implement \/Schemas \(RFC 7644 §4/);
  assert.doesNotMatch(hint, /check the id/);
});

test('a 404 to a filter asks for an empty ListResponse; a 404 on a created resource asks about the id', () => {
  assert.match(hintForStatus({ suite: 'okta', method: 'GET', path: '/Users', query: 'filter=userName%20eq%20%22x%22', expected: [200], got: 404 }), /filter that matches nothing with 200/);
  assert.match(hintForStatus({ suite: 'okta', method: 'GET', path: '/Users/{{userId}}', expected: [200], got: 404 }), /resource it created earlier/);
  assert.match(hintForStatus({ suite: 'okta', method: 'POST', path: '/Groups', expected: [201], got: 404 }), /does not implement POST \/Groups/);
});

test('a 400 names whose request was refused: the IdP\'s in an IdP suite, the RFC\'s in the rfc suite', () => {
  assert.match(hintForStatus({ suite: 'onelogin', method: 'POST', path: '/Users', expected: [201], got: 400 }), /the request OneLogin sends, so refusing it breaks provisioning from OneLogin, even where the request bends the RFC/);
  assert.match(hintForStatus({ suite: 'rfc', method: 'POST', path: '/Users', expected: [201], got: 400 }), /valid SCIM \(RFC 7644\)/);
});

test('a 501 in the rfc suite points at declaring the feature unsupported; in an IdP suite it names the IdP', () => {
  assert.match(hintForStatus({ suite: 'rfc', method: 'POST', path: '/Bulk', expected: [200], got: 501 }), /declare it unsupported in \/ServiceProviderConfig/);
  assert.match(hintForStatus({ suite: 'entra', method: 'PATCH', path: '/Users/{{userId}}', expected: [200, 204], got: 501 }), /Entra ID sends it/);
});
