import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareResource, unknownAttributes, unknownSchemaUrns } from './resource-validation.ts';
import { defineAttribute } from './schema/define-attribute.ts';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from './schema/resource-types.ts';
import type { ResourceTypeDef } from './schema/schema-types.ts';
import { ScimError, type ScimType } from './scim-error.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function assertScimError(fn: () => unknown, scimType: ScimType, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ScimError);
    assert.equal(error.status, 400);
    assert.equal(error.scimType, scimType);
    assert.match(error.detail, pattern);
    return true;
  });
}

test('Entra documented Create User body is normalised', () => {
  const input = {
    schemas: [USER, ENTERPRISE],
    externalId: '0a21f0f2',
    userName: 'Test_User@testuser.com',
    active: 'True',
    emails: [{ primary: true, type: 'work', value: 'Test_User@testuser.com' }],
    meta: { resourceType: 'User' },
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
    roles: [],
  };
  assert.deepEqual(prepareResource(input, USER_RESOURCE_TYPE, 'create'), {
    schemas: [USER, ENTERPRISE],
    externalId: '0a21f0f2',
    userName: 'Test_User@testuser.com',
    active: true,
    emails: [{ primary: true, type: 'work', value: 'Test_User@testuser.com' }],
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
  });
});

test('attribute names are normalised to schema case and schemas URNs canonicalised', () => {
  const out = prepareResource({ SCHEMAS: [USER.toLowerCase()], UserName: 'a', NAME: { GivenName: 'B' } }, USER_RESOURCE_TYPE, 'create');
  assert.deepEqual(out, { schemas: [USER], userName: 'a', name: { givenName: 'B' } });
});

test('readOnly attributes are dropped, writeOnly password kept', () => {
  const out = prepareResource({ schemas: [USER], id: 'x', userName: 'a', password: 'p', groups: [{ value: 'g' }], meta: {} }, USER_RESOURCE_TYPE, 'create');
  assert.deepEqual(out, { schemas: [USER], userName: 'a', password: 'p' });
});

test('extension attributes live under the URN key; readOnly manager.displayName dropped', () => {
  const out = prepareResource(
    { schemas: [USER], userName: 'a', [ENTERPRISE]: { employeeNumber: '7', Manager: { value: '26', displayName: 'Boss' } } },
    USER_RESOURCE_TYPE,
    'create',
  );
  assert.deepEqual(out[ENTERPRISE], { employeeNumber: '7', manager: { value: '26' } });
  assert.deepEqual(out.schemas, [USER, ENTERPRISE]);
});

test('Talkdesk extension attributes are kept', () => {
  const urn = 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User';
  const out = prepareResource({ schemas: [USER, urn], userName: 'a', [urn]: { rolesString: 'Agent', teamsString: 'Sales' } }, USER_RESOURCE_TYPE, 'create');
  assert.deepEqual(out[urn], { rolesString: 'Agent', teamsString: 'Sales' });
});

test('unknown attributes are left out and reported by unknownAttributes', () => {
  const input = { schemas: [USER], userName: 'a', department: 'x', name: { givenName: 'B', nick: 'n' }, [ENTERPRISE]: { shoeSize: 9 } };
  const out = prepareResource(input, USER_RESOURCE_TYPE, 'create');
  assert.deepEqual(out, { schemas: [USER], userName: 'a', name: { givenName: 'B' } });
  assert.deepEqual(unknownAttributes(input, USER_RESOURCE_TYPE), ['department', 'name.nick', `${ENTERPRISE}:shoeSize`]);
});

test('unknownAttributes is empty for a clean body and for non-objects', () => {
  assert.deepEqual(unknownAttributes({ schemas: [USER], userName: 'a', emails: [{ value: 'x' }] }, USER_RESOURCE_TYPE), []);
  assert.deepEqual(unknownAttributes('x', USER_RESOURCE_TYPE), []);
});

test('nulls are unassigned (Entra Request B)', () => {
  const out = prepareResource({ schemas: [USER], userName: 'jyoung', addresses: null, title: null, phoneNumbers: null }, USER_RESOURCE_TYPE, 'create');
  assert.deepEqual(out, { schemas: [USER], userName: 'jyoung' });
});

test('a body that is not an object is 400 invalidSyntax', () => {
  assertScimError(() => prepareResource([], USER_RESOURCE_TYPE, 'create'), 'invalidSyntax', /POST body for a User must be a JSON object but is an array/);
  assertScimError(() => prepareResource(null, USER_RESOURCE_TYPE, 'replace'), 'invalidSyntax', /PUT body/);
});

test('missing schemas is 400 invalidSyntax', () => {
  assertScimError(() => prepareResource({ userName: 'a' }, USER_RESOURCE_TYPE, 'create'), 'invalidSyntax', /"schemas" expects an array/);
});

test('schemas without the core URN is 400 invalidSyntax', () => {
  assertScimError(() => prepareResource({ schemas: [ENTERPRISE], userName: 'a' }, USER_RESOURCE_TYPE, 'create'), 'invalidSyntax', /must include "urn:ietf:params:scim:schemas:core:2\.0:User"/);
});

test('an unknown schema URN is 400 invalidValue naming it, unless ignored', () => {
  const adscim = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';
  const input = { schemas: [GROUP, adscim], displayName: 'g', meta: { resourceType: 'Group' } };
  assertScimError(() => prepareResource(input, GROUP_RESOURCE_TYPE, 'create'), 'invalidValue', /contains "http:\/\/schemas\.microsoft\.com/);
  assert.deepEqual(prepareResource(input, GROUP_RESOURCE_TYPE, 'create', undefined, { unknownSchemas: 'ignore' }), { schemas: [GROUP], displayName: 'g' });
  assert.deepEqual(unknownSchemaUrns(input, GROUP_RESOURCE_TYPE), [adscim]);
});

test('the Entra "enterprise:2.0User" typo is reported as an unknown schema URN', () => {
  assert.deepEqual(unknownSchemaUrns({ schemas: [USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0User'] }, USER_RESOURCE_TYPE), [
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0User',
  ]);
});

test('a missing or empty userName is 400 invalidValue', () => {
  assertScimError(() => prepareResource({ schemas: [USER] }, USER_RESOURCE_TYPE, 'create'), 'invalidValue', /"userName" is required but is missing/);
  assertScimError(() => prepareResource({ schemas: [USER], userName: '  ' }, USER_RESOURCE_TYPE, 'create'), 'invalidValue', /is empty/);
});

test('a missing Group displayName is 400 invalidValue', () => {
  assertScimError(() => prepareResource({ schemas: [GROUP], members: [] }, GROUP_RESOURCE_TYPE, 'create'), 'invalidValue', /"displayName" is required.*§4\.2/);
});

test('Okta group create with members keeps members, drops the empty list', () => {
  assert.deepEqual(prepareResource({ schemas: [GROUP], displayName: 'G', members: [] }, GROUP_RESOURCE_TYPE, 'create'), { schemas: [GROUP], displayName: 'G' });
  assert.deepEqual(prepareResource({ schemas: [GROUP], displayName: 'G', members: [{ value: 'u', display: 'u@x' }] }, GROUP_RESOURCE_TYPE, 'create').members, [
    { value: 'u', display: 'u@x' },
  ]);
});

test('type errors are 400 invalidValue naming the attribute', () => {
  assertScimError(() => prepareResource({ schemas: [USER], userName: 'a', active: 'maybe' }, USER_RESOURCE_TYPE, 'create'), 'invalidValue', /"active" expects a boolean/);
  assertScimError(() => prepareResource({ schemas: [USER], userName: 'a', emails: [{ value: 5 }] }, USER_RESOURCE_TYPE, 'create'), 'invalidValue', /"emails\.value" expects a string/);
  assertScimError(() => prepareResource({ schemas: [USER], userName: 'a', [ENTERPRISE]: 'x' }, USER_RESOURCE_TYPE, 'create'), 'invalidValue', /object of extension attributes/);
});

test('an extension object is added to schemas even when the client forgot the URN', () => {
  assert.deepEqual(prepareResource({ schemas: [USER], userName: 'a', [ENTERPRISE]: { department: 'd' } }, USER_RESOURCE_TYPE, 'create').schemas, [USER, ENTERPRISE]);
});

const withImmutable: ResourceTypeDef = {
  ...USER_RESOURCE_TYPE,
  schema: { ...USER_RESOURCE_TYPE.schema, attributes: [...USER_RESOURCE_TYPE.schema.attributes, defineAttribute('badge', 'string', 'test', { mutability: 'immutable' })] },
};

test('replace keeps an immutable value, rejects a change, carries an omitted one over', () => {
  const existing = { schemas: [USER], id: '1', userName: 'a', badge: 'B1' };
  assert.equal(prepareResource({ schemas: [USER], userName: 'a', badge: 'B1' }, withImmutable, 'replace', existing).badge, 'B1');
  assert.equal(prepareResource({ schemas: [USER], userName: 'a' }, withImmutable, 'replace', existing).badge, 'B1');
  assertScimError(() => prepareResource({ schemas: [USER], userName: 'a', badge: 'B2' }, withImmutable, 'replace', existing), 'mutability', /"badge" is immutable/);
  assert.equal(prepareResource({ schemas: [USER], userName: 'a', badge: 'B2' }, withImmutable, 'create').badge, 'B2');
});

test('a required extension must be present', () => {
  const rt: ResourceTypeDef = { ...USER_RESOURCE_TYPE, extensions: [{ schema: USER_RESOURCE_TYPE.extensions[0]!.schema, required: true }] };
  assertScimError(() => prepareResource({ schemas: [USER], userName: 'a' }, rt, 'create'), 'invalidValue', /Extension .* is required/);
});
