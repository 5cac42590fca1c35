import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import { applyPatch } from './apply-patch.ts';
import { ENTERPRISE, USER, assertScimError, body, patchGroup, patchUser, user } from './apply-patch-fixtures.ts';

/* applyPatch: Entra ID dialects (default and aadOptscim062020) */

test('Entra disable: {"op":"Replace","path":"active","value":"False"} coerces to false', () => {
  const { resource } = patchUser({ op: 'Replace', path: 'active', value: 'False' });
  assert.equal(resource.active, false);
});

test('Entra re-enable with "True" and Add on active', () => {
  const disabled = { ...user(), active: false };
  assert.equal(applyPatch(disabled, body({ op: 'Replace', path: 'active', value: 'True' }), USER_RESOURCE_TYPE).resource.active, true);
  assert.equal(applyPatch(disabled, body({ op: 'Add', path: 'active', value: 'TRUE' }), USER_RESOURCE_TYPE).resource.active, true);
});

test('Entra member remove: {"op":"Remove","path":"members","value":[{"value":"…"}]} removes just those', () => {
  const { resource } = patchGroup({ op: 'Remove', path: 'members', value: [{ $ref: null, value: 'm1' }, { value: 'm3' }] });
  assert.deepEqual(resource.members, [{ value: 'm2' }]);
});

test('remove of members without value removes them all', () => {
  const { resource } = patchGroup({ op: 'remove', path: 'members' });
  assert.equal('members' in resource, false);
});

test('Entra member add with $ref null stores just the value', () => {
  const { resource } = patchGroup({ op: 'Add', path: 'members', value: [{ $ref: null, value: 'm5' }] });
  assert.deepEqual((resource.members as unknown[]).at(-1), { value: 'm5' });
});

test('add of an existing member is idempotent (no duplicate, changed false)', () => {
  const { resource, changed } = patchGroup({ op: 'add', path: 'members', value: [{ value: 'm2' }] });
  assert.equal((resource.members as unknown[]).length, 3);
  assert.equal(changed, false);
});

test('Entra replace of emails[type eq "work"].value updates the work email', () => {
  const { resource } = patchUser({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@example.com' });
  assert.deepEqual(resource.emails, [{ value: 'new@example.com', type: 'work', primary: true }]);
});

test('replace through a value filter with no match is 400 noTarget (RFC 7644 §3.5.2.3)', () => {
  assertScimError(() => patchUser({ op: 'replace', path: 'emails[type eq "home"].value', value: 'home@example.com' }), 'noTarget', /matches no "emails" value, so there is nothing to replace/);
});

test('Add through a value filter with no match adds an element built from the filter (Entra-compatible)', () => {
  const { resource } = patchUser({ op: 'Add', path: 'emails[type eq "home"].value', value: 'home@example.com' });
  assert.deepEqual(resource.emails, [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { type: 'home', value: 'home@example.com' },
  ]);
});

test('Add on addresses[type eq "work"].country creates the work address', () => {
  const { resource } = patchUser({ op: 'Add', path: 'addresses[type eq "work"].country', value: 'US' });
  assert.deepEqual(resource.addresses, [{ type: 'work', country: 'US' }]);
});

test('replace through a non-eq filter with no match is 400 noTarget', () => {
  assertScimError(() => patchUser({ op: 'replace', path: 'emails[value co "nobody"].type', value: 'home' }), 'noTarget', /matches no "emails" value/);
});

test('replace of emails[type eq "work"].primary with boolean true (2020 mixed example)', () => {
  const start = { ...user(), emails: [{ value: 'a@x.com', type: 'home', primary: true }, { value: 'b@x.com', type: 'work' }] };
  const { resource } = applyPatch(start, body({ op: 'replace', path: 'emails[type eq "work"].primary', value: true }), USER_RESOURCE_TYPE);
  assert.deepEqual(resource.emails, [{ value: 'a@x.com', type: 'home', primary: false }, { value: 'b@x.com', type: 'work', primary: true }]);
});

test('Entra default dialect: one Replace per attribute, including extension URN paths', () => {
  const { resource } = patchUser(
    { op: 'Replace', path: 'displayName', value: 'Pvlo' },
    { op: 'Replace', path: 'name.givenName', value: 'Gtfd' },
    { op: 'Replace', path: 'externalId', value: 'Eqpj' },
    { op: 'Replace', path: `${ENTERPRISE}:employeeNumber`, value: 'Eqpj' },
  );
  assert.equal(resource.displayName, 'Pvlo');
  assert.deepEqual(resource.name, { givenName: 'Gtfd', familyName: 'Jensen' });
  assert.equal(resource.externalId, 'Eqpj');
  assert.deepEqual(resource[ENTERPRISE], { employeeNumber: 'Eqpj' });
  assert.deepEqual(resource.schemas, [USER, ENTERPRISE]);
});

test('Entra aadOptscim062020: path-less replace with dotted and URN keys', () => {
  const { resource } = patchUser(
    { op: 'replace', path: 'emails[type eq "work"].value', value: 'TestMhvaes@test.microsoft.com' },
    { op: 'replace', value: { displayName: 'Bjfe', 'name.givenName': 'Kkom', 'name.familyName': 'Unua', [`${ENTERPRISE}:employeeNumber`]: 'Aklq' } },
  );
  assert.equal(resource.displayName, 'Bjfe');
  assert.deepEqual(resource.name, { givenName: 'Kkom', familyName: 'Unua' });
  assert.deepEqual(resource[ENTERPRISE], { employeeNumber: 'Aklq' });
  assert.equal((resource.emails as Array<Record<string, unknown>>)[0]!.value, 'TestMhvaes@test.microsoft.com');
});

test('path-less replace with nested objects merges sub-attributes', () => {
  const { resource } = patchUser({ op: 'replace', value: { name: { givenName: 'Babs' }, [ENTERPRISE]: { department: 'Tour' } } });
  assert.deepEqual(resource.name, { givenName: 'Babs', familyName: 'Jensen' });
  assert.deepEqual(resource[ENTERPRISE], { department: 'Tour' });
});

test('path-less keys are case-insensitive and stored in schema case', () => {
  const { resource } = patchUser({ op: 'replace', value: { DisplayName: 'X', 'NAME.GIVENNAME': 'Y' } });
  assert.equal(resource.displayName, 'X');
  assert.equal((resource.name as Record<string, unknown>).givenName, 'Y');
  assert.equal('DisplayName' in resource, false);
});

test('Entra add of a single-value string attribute', () => {
  assert.equal(patchUser({ op: 'Add', path: 'nickName', value: 'Babs' }).resource.nickName, 'Babs');
});

test('Entra manager PATCH with a bare id string', () => {
  const { resource } = patchUser({ op: 'Add', path: `${ENTERPRISE}:manager`, value: '271' });
  assert.deepEqual(resource[ENTERPRISE], { manager: { value: '271' } });
});

test('historical manager PATCH: path "manager" with a one-element array', () => {
  const { resource } = patchUser({ op: 'Add', path: 'manager', value: [{ $ref: 'http://x/Users/26', value: '26', displayName: 'Boss' }] });
  assert.deepEqual(resource[ENTERPRISE], { manager: { $ref: 'http://x/Users/26', value: '26' } });
});

test('replace with an empty manager unassigns it and drops the empty extension', () => {
  const start = { ...user(), schemas: [USER, ENTERPRISE], [ENTERPRISE]: { manager: { value: '26' } } };
  const { resource } = applyPatch(start, body({ op: 'replace', path: `${ENTERPRISE}:manager`, value: '' }), USER_RESOURCE_TYPE);
  assert.equal(ENTERPRISE in resource, false);
});

test('path naming a whole extension adds its attributes', () => {
  const { resource } = patchUser({ op: 'add', path: ENTERPRISE, value: { department: 'Tech Infrastructure' } });
  assert.deepEqual(resource[ENTERPRISE], { department: 'Tech Infrastructure' });
});

test('Talkdesk extension attributes patch through their URN', () => {
  const urn = 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User';
  const { resource } = patchUser({ op: 'replace', value: { [`${urn}:rolesString`]: 'Agent', [`${urn}:teamsString`]: 'Support' } });
  assert.deepEqual(resource[urn], { rolesString: 'Agent', teamsString: 'Support' });
  assert.ok((resource.schemas as string[]).includes(urn));
});
