import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON_ATTRIBUTES, ENTERPRISE_USER_SCHEMA, GROUP_RESOURCE_TYPE, GROUP_SCHEMA, TALKDESK_USER_SCHEMA, USER_RESOURCE_TYPE, USER_SCHEMA } from './index.ts';
import type { AttributeDef } from './schema-types.ts';

const byName = (attributes: AttributeDef[], name: string): AttributeDef => {
  const def = attributes.find((a) => a.name === name);
  assert.ok(def, `${name} is defined`);
  return def;
};

test('User schema has every RFC 7643 §4.1 attribute', () => {
  assert.deepEqual(
    USER_SCHEMA.attributes.map((a) => a.name),
    ['userName', 'name', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone', 'active', 'password', 'emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles', 'x509Certificates'],
  );
  assert.deepEqual(byName(USER_SCHEMA.attributes, 'name').subAttributes?.map((a) => a.name), ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix']);
});

test('User characteristics follow RFC 7643 §8.7.1', () => {
  const userName = byName(USER_SCHEMA.attributes, 'userName');
  assert.deepEqual([userName.required, userName.caseExact, userName.uniqueness, userName.returned], [true, false, 'server', 'default']);
  const password = byName(USER_SCHEMA.attributes, 'password');
  assert.deepEqual([password.mutability, password.returned], ['writeOnly', 'never']);
  const groups = byName(USER_SCHEMA.attributes, 'groups');
  assert.equal(groups.mutability, 'readOnly');
  assert.ok(groups.subAttributes?.every((s) => s.mutability === 'readOnly'));
  assert.equal(byName(USER_SCHEMA.attributes, 'active').type, 'boolean');
  assert.equal(byName(USER_SCHEMA.attributes, 'emails').multiValued, true);
  assert.deepEqual(byName(byName(USER_SCHEMA.attributes, 'phoneNumbers').subAttributes!, 'type').canonicalValues, ['work', 'home', 'mobile', 'fax', 'pager', 'other']);
  assert.equal(byName(byName(USER_SCHEMA.attributes, 'x509Certificates').subAttributes!, 'value').type, 'binary');
  assert.deepEqual(byName(USER_SCHEMA.attributes, 'profileUrl').referenceTypes, ['external']);
});

test('Group schema: displayName required, members sub-attributes immutable', () => {
  assert.equal(byName(GROUP_SCHEMA.attributes, 'displayName').required, true);
  const members = byName(GROUP_SCHEMA.attributes, 'members');
  assert.equal(members.mutability, 'readWrite');
  assert.deepEqual(members.subAttributes?.map((s) => [s.name, s.mutability]), [['value', 'immutable'], ['$ref', 'immutable'], ['display', 'immutable'], ['type', 'immutable']]);
});

test('Enterprise extension: manager is complex with value, $ref and readOnly displayName', () => {
  const manager = byName(ENTERPRISE_USER_SCHEMA.attributes, 'manager');
  assert.deepEqual(manager.subAttributes?.map((s) => [s.name, s.mutability]), [['value', 'readWrite'], ['$ref', 'readWrite'], ['displayName', 'readOnly']]);
  assert.deepEqual(ENTERPRISE_USER_SCHEMA.attributes.map((a) => a.name), ['employeeNumber', 'costCenter', 'organization', 'division', 'department', 'manager']);
});

test('Talkdesk extension defines rolesString and teamsString as readWrite strings', () => {
  assert.equal(TALKDESK_USER_SCHEMA.id, 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User');
  for (const name of ['rolesString', 'teamsString']) {
    const def = byName(TALKDESK_USER_SCHEMA.attributes, name);
    assert.deepEqual([def.type, def.mutability, def.multiValued], ['string', 'readWrite', false]);
  }
});

test('common attributes: id readOnly/always/caseExact, externalId caseExact, meta readOnly', () => {
  const id = byName(COMMON_ATTRIBUTES, 'id');
  assert.deepEqual([id.mutability, id.returned, id.caseExact], ['readOnly', 'always', true]);
  assert.equal(byName(COMMON_ATTRIBUTES, 'externalId').caseExact, true);
  assert.equal(byName(COMMON_ATTRIBUTES, 'meta').mutability, 'readOnly');
});

test('resource types wire schemas and extensions', () => {
  assert.equal(USER_RESOURCE_TYPE.endpoint, '/Users');
  assert.deepEqual(USER_RESOURCE_TYPE.extensions.map((e) => [e.schema.id, e.required]), [
    [ENTERPRISE_USER_SCHEMA.id, false],
    [TALKDESK_USER_SCHEMA.id, false],
  ]);
  assert.equal(GROUP_RESOURCE_TYPE.schema, GROUP_SCHEMA);
});

test('attribute definitions serialise with the RFC 7643 §7 keys', () => {
  const json = JSON.parse(JSON.stringify(byName(USER_SCHEMA.attributes, 'emails'))) as Record<string, unknown>;
  assert.deepEqual(Object.keys(json), ['name', 'type', 'multiValued', 'description', 'required', 'caseExact', 'mutability', 'returned', 'uniqueness', 'subAttributes']);
});
