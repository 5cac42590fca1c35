import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import { applyPatch } from './apply-patch.ts';
import { ENTERPRISE, PATCH, body, patchUser, user } from './apply-patch-fixtures.ts';

/* applyPatch: RFC 7644 §3.5.2 semantics */

test('add to a multi-valued attribute appends', () => {
  const { resource } = patchUser({ op: 'add', path: 'emails', value: [{ value: 'b@x.com', type: 'home' }] });
  assert.equal((resource.emails as unknown[]).length, 2);
});

test('add of a single object to a multi-valued attribute wraps it', () => {
  const { resource } = patchUser({ op: 'add', path: 'phoneNumbers', value: { value: '+1 555', type: 'work' } });
  assert.deepEqual(resource.phoneNumbers, [{ value: '+1 555', type: 'work' }]);
});

test('add of a primary value clears primary on the others', () => {
  const { resource } = patchUser({ op: 'add', path: 'emails', value: [{ value: 'b@x.com', type: 'home', primary: true }] });
  assert.deepEqual(
    (resource.emails as Array<Record<string, unknown>>).map((e) => e.primary),
    [false, true],
  );
});

test('replace of a multi-valued attribute replaces all values', () => {
  const { resource } = patchUser({ op: 'replace', path: 'emails', value: [{ value: 'only@x.com' }] });
  assert.deepEqual(resource.emails, [{ value: 'only@x.com' }]);
});

test('add without path appends to multi-valued attributes', () => {
  const { resource } = patchUser({ op: 'add', value: { emails: [{ value: 'b@x.com' }], nickName: 'B' } });
  assert.equal((resource.emails as unknown[]).length, 2);
  assert.equal(resource.nickName, 'B');
});

test('replace with a value filter and no sub-attribute merges into the matching element', () => {
  const { resource } = patchUser({ op: 'replace', path: 'emails[type eq "work"]', value: { value: 'w@x.com' } });
  assert.deepEqual(resource.emails, [{ value: 'w@x.com', type: 'work', primary: true }]);
});

test('remove with a filter removes matching elements; the last one unassigns the attribute', () => {
  const { resource } = patchUser({ op: 'remove', path: 'emails[type eq "work"]' });
  assert.equal('emails' in resource, false);
});

test('remove of a sub-attribute through a filter', () => {
  const { resource } = patchUser({ op: 'remove', path: 'emails[type eq "work"].primary' });
  assert.deepEqual(resource.emails, [{ value: 'bjensen@example.com', type: 'work' }]);
});

test('remove of a sub-attribute of a singular complex attribute', () => {
  const { resource } = patchUser({ op: 'remove', path: 'name.givenName' });
  assert.deepEqual(resource.name, { familyName: 'Jensen' });
});

test('remove of a simple attribute', () => {
  const { resource, changed } = patchUser({ op: 'remove', path: 'active' });
  assert.equal('active' in resource, false);
  assert.equal(changed, true);
});

test('remove of an absent attribute is a successful no-op', () => {
  const { changed } = patchUser({ op: 'remove', path: 'nickName' });
  assert.equal(changed, false);
  assert.equal(patchUser({ op: 'remove', path: `${ENTERPRISE}:manager` }).changed, false);
  assert.equal(patchUser({ op: 'remove', path: 'phoneNumbers[type eq "work"]' }).changed, false);
});

test('a no-op PATCH reports changed false', () => {
  const { changed } = patchUser({ op: 'replace', path: 'active', value: 'True' }, { op: 'replace', value: { userName: 'bjensen@example.com' } });
  assert.equal(changed, false);
});

test('replace with null unassigns the attribute', () => {
  assert.equal('active' in patchUser({ op: 'replace', path: 'active', value: null }).resource, false);
});

test('meta and groups in a value are ignored without error', () => {
  const { resource, changed } = patchUser({ op: 'replace', value: { meta: { lastModified: '2030-01-01T00:00:00Z' }, groups: [{ value: 'g' }] } });
  assert.equal(changed, false);
  assert.equal('groups' in resource, false);
});

test('schemas in a path-less value is ignored', () => {
  assert.equal(patchUser({ op: 'replace', value: { schemas: ['x'], active: false } }).resource.active, false);
});

test('password (writeOnly) can be replaced', () => {
  assert.equal(patchUser({ op: 'replace', value: { password: 'n3w!' } }).resource.password, 'n3w!');
});

test('the input resource is never mutated', () => {
  const original = user();
  const snapshot = JSON.parse(JSON.stringify(original));
  applyPatch(original, body({ op: 'replace', path: 'name.givenName', value: 'X' }, { op: 'add', path: 'emails', value: [{ value: 'y@x.com' }] }), USER_RESOURCE_TYPE);
  assert.deepEqual(original, snapshot);
});

test('schemas member and Operations are accepted in any key order', () => {
  const { resource } = applyPatch(user(), { Operations: [{ op: 'replace', path: 'active', value: false }], schemas: [PATCH] }, USER_RESOURCE_TYPE);
  assert.equal(resource.active, false);
});
