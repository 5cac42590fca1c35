import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAttribute, findExtensionSchema, findSchema, resolveAttribute, schemaUrnsOf, splitAttributePath } from './attribute-lookup.ts';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from './schema/resource-types.ts';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

test('findAttribute resolves names case-insensitively (RFC 7643 §2.1)', () => {
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'USERNAME')?.def.name, 'userName');
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'userName')?.schemaUrn, CORE);
});

test('findAttribute resolves URN-qualified core attributes', () => {
  const found = findAttribute(USER_RESOURCE_TYPE, `${CORE}:userName`);
  assert.equal(found?.def.name, 'userName');
  assert.equal(findAttribute(USER_RESOURCE_TYPE, `${CORE.toUpperCase()}:username`)?.def.name, 'userName');
});

test('findAttribute resolves sub-attributes and returns the parent', () => {
  const found = findAttribute(USER_RESOURCE_TYPE, 'name.GivenName');
  assert.equal(found?.def.name, 'givenName');
  assert.equal(found?.parent?.name, 'name');
});

test('findAttribute resolves extension attributes with and without URN', () => {
  const found = findAttribute(USER_RESOURCE_TYPE, `${ENTERPRISE}:manager.value`);
  assert.equal(found?.def.name, 'value');
  assert.equal(found?.parent?.name, 'manager');
  assert.equal(found?.schemaUrn, ENTERPRISE);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'employeeNumber')?.schemaUrn, ENTERPRISE);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User:rolesString')?.def.name, 'rolesString');
});

test('findAttribute resolves common attributes and schemas under the core URN', () => {
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'id')?.def.caseExact, true);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, `${CORE}:externalId`)?.def.caseExact, true);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'meta.lastModified')?.def.type, 'dateTime');
  assert.equal(findAttribute(GROUP_RESOURCE_TYPE, 'schemas')?.def.returned, 'always');
});

test('findAttribute returns undefined for unknown names, sub-attributes and URNs', () => {
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'favouriteColour'), undefined);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'name.nick'), undefined);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, 'urn:example:Other:userName'), undefined);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, `${ENTERPRISE}:userName`), undefined);
  assert.equal(findAttribute(GROUP_RESOURCE_TYPE, 'userName'), undefined);
  assert.equal(findAttribute(USER_RESOURCE_TYPE, ENTERPRISE), undefined);
});

test('resolveAttribute reports whether the attribute lives in an extension', () => {
  assert.equal(resolveAttribute(USER_RESOURCE_TYPE, { attribute: 'department' })?.isExtension, true);
  assert.equal(resolveAttribute(USER_RESOURCE_TYPE, { attribute: 'title' })?.isExtension, false);
});

test('splitAttributePath splits URN, attribute and sub-attribute', () => {
  assert.deepEqual(splitAttributePath(`${ENTERPRISE}:manager.value`), { schemaUrn: ENTERPRISE, attribute: 'manager', subAttribute: 'value' });
  assert.deepEqual(splitAttributePath('name.givenName'), { attribute: 'name', subAttribute: 'givenName' });
});

test('schema lookups by URN are case-insensitive; extension lookup excludes the core schema', () => {
  assert.equal(findExtensionSchema(USER_RESOURCE_TYPE, ENTERPRISE.toLowerCase())?.id, ENTERPRISE);
  assert.equal(findExtensionSchema(USER_RESOURCE_TYPE, CORE), undefined);
  assert.equal(findSchema(USER_RESOURCE_TYPE, CORE)?.id, CORE);
  assert.deepEqual(schemaUrnsOf(GROUP_RESOURCE_TYPE), ['urn:ietf:params:scim:schemas:core:2.0:Group']);
});
