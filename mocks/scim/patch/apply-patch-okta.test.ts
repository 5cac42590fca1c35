import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertScimError, patchGroup, patchUser } from './apply-patch-fixtures.ts';

/* applyPatch: Okta dialect */

test('Okta deactivate: path-less replace {"active": false}', () => {
  const { resource, changed } = patchUser({ op: 'replace', value: { active: false } });
  assert.equal(resource.active, false);
  assert.equal(changed, true);
});

test('Okta group rename carrying the current id is accepted and the id ignored', () => {
  const { resource, changed } = patchGroup({ op: 'replace', value: { id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b', displayName: 'Renamed' } });
  assert.equal(resource.displayName, 'Renamed');
  assert.equal(resource.id, 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b');
  assert.equal(changed, true);
});

test('Okta group rename with an unchanged name is a no-op (changed false)', () => {
  const { changed } = patchGroup({ op: 'replace', value: { id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b', displayName: 'Test SCIMv2' } });
  assert.equal(changed, false);
});

test('a different id in a replace value is 400 mutability', () => {
  assertScimError(() => patchGroup({ op: 'replace', value: { id: 'other', displayName: 'x' } }), 'mutability', /"id" is readOnly.*"other"/);
});

test('Okta member remove by members[value eq "…"] removes only that member', () => {
  const { resource } = patchGroup({ op: 'remove', path: 'members[value eq "m2"]' });
  assert.deepEqual(resource.members, [{ value: 'm1', display: 'one@x.com' }, { value: 'm3' }]);
});

test('Okta membership PATCH: remove by filter plus add with display', () => {
  const { resource } = patchGroup(
    { op: 'remove', path: 'members[value eq "m1"]' },
    { op: 'add', path: 'members', value: [{ value: 'm4', display: 'four@x.com' }] },
  );
  assert.deepEqual(resource.members, [{ value: 'm2' }, { value: 'm3' }, { value: 'm4', display: 'four@x.com' }]);
});

test('Okta full-push replace of members replaces them all', () => {
  const { resource } = patchGroup({ op: 'replace', path: 'members', value: [{ value: 'm9' }, { value: 'm8' }] });
  assert.deepEqual(resource.members, [{ value: 'm9' }, { value: 'm8' }]);
});
