import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import { applyPatch } from './apply-patch.ts';
import { PATCH, USER, assertScimError, body, patchGroup, patchUser, user } from './apply-patch-fixtures.ts';

/* applyPatch: error paths */

test('a body without the PatchOp URN is 400 invalidSyntax', () => {
  assertScimError(() => applyPatch(user(), { schemas: [USER], Operations: [] }, USER_RESOURCE_TYPE), 'invalidSyntax', /must contain "urn:ietf:params:scim:api:messages:2\.0:PatchOp"/);
});

test('a body that is not an object is 400 invalidSyntax', () => {
  assertScimError(() => applyPatch(user(), [], USER_RESOURCE_TYPE), 'invalidSyntax', /must be a JSON object but is an array/);
});

test('missing or empty Operations is 400 invalidSyntax', () => {
  assertScimError(() => applyPatch(user(), { schemas: [PATCH] }, USER_RESOURCE_TYPE), 'invalidSyntax', /"Operations" is nothing/);
  assertScimError(() => applyPatch(user(), { schemas: [PATCH], Operations: [] }, USER_RESOURCE_TYPE), 'invalidSyntax', /non-empty array/);
});

test('an unknown op is 400 invalidSyntax naming it', () => {
  assertScimError(() => patchUser({ op: 'merge', path: 'active', value: true }), 'invalidSyntax', /operation 1 has "op" the string "merge"/);
});

test('add without value is 400 invalidSyntax', () => {
  assertScimError(() => patchUser({ op: 'add', path: 'nickName' }), 'invalidSyntax', /has no "value"/);
});

test('remove without path is 400 noTarget', () => {
  assertScimError(() => patchUser({ op: 'remove' }), 'noTarget', /"remove" needs a "path"/);
});

test('an unknown attribute path is 400 invalidPath naming it', () => {
  assertScimError(() => patchUser({ op: 'replace', path: 'favouriteColour', value: 'blue' }), 'invalidPath', /operation 1 \(replace "favouriteColour"\).*"favouriteColour" names no attribute/);
});

test('an unknown key in a path-less value is 400 invalidPath naming it', () => {
  assertScimError(() => patchUser({ op: 'replace', value: { active: false, shoeSize: 9 } }), 'invalidPath', /"shoeSize" names no attribute/);
});

test('an unknown sub-attribute inside a value is 400 invalidPath', () => {
  assertScimError(() => patchUser({ op: 'add', path: 'emails', value: [{ value: 'x@y.z', colour: 'red' }] }), 'invalidPath', /"emails\.colour"/);
});

test('a malformed path is 400 invalidPath with the character', () => {
  assertScimError(() => patchUser({ op: 'remove', path: 'members[value eq' }), 'invalidPath', /operation 1.*character/);
});

test('a non-string path is 400 invalidPath', () => {
  assertScimError(() => patchUser({ op: 'remove', path: 42 }), 'invalidPath', /"path" the number 42/);
});

test('a value that cannot be coerced is 400 invalidValue naming the attribute', () => {
  assertScimError(() => patchUser({ op: 'replace', path: 'active', value: 'maybe' }), 'invalidValue', /"active" expects a boolean.*"maybe"/);
  assertScimError(() => patchUser({ op: 'replace', value: { displayName: { a: 1 } } }), 'invalidValue', /"displayName" expects a string/);
});

test('a path-less value that is not an object is 400 invalidValue', () => {
  assertScimError(() => patchUser({ op: 'replace', value: 'x' }), 'invalidValue', /must be an object of attributes/);
});

test('removing id is 400 mutability', () => {
  assertScimError(() => patchUser({ op: 'remove', path: 'id' }), 'mutability', /"id" is readOnly/);
});

test('changing an immutable member sub-attribute is 400 mutability', () => {
  assertScimError(() => patchGroup({ op: 'replace', path: 'members[value eq "m1"].display', value: 'other' }), 'mutability', /immutable/);
});

test('setting an immutable sub-attribute that had no value is allowed', () => {
  const { resource } = patchGroup({ op: 'add', path: 'members[value eq "m2"].display', value: 'two@x.com' });
  assert.deepEqual((resource.members as unknown[])[1], { value: 'm2', display: 'two@x.com' });
});

test('removing the required userName is 400 mutability (RFC 7644 §3.5.2.2)', () => {
  assertScimError(() => patchUser({ op: 'remove', path: 'userName' }), 'mutability', /required attribute "userName"/);
});

test('a value filter on a simple attribute is 400 invalidPath', () => {
  assertScimError(() => patchUser({ op: 'replace', path: 'title[value eq "x"]', value: 'y' }), 'invalidPath', /not complex/);
});

test('operations are all-or-nothing: a later error leaves no partial result', () => {
  const original = user();
  assert.throws(() => applyPatch(original, body({ op: 'replace', path: 'active', value: false }, { op: 'replace', path: 'nope', value: 1 }), USER_RESOURCE_TYPE));
  assert.equal(original.active, true);
});
