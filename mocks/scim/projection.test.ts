import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectResource } from './projection.ts';
import { defineAttribute } from './schema/define-attribute.ts';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from './schema/resource-types.ts';
import type { ResourceTypeDef } from './schema/schema-types.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const stored = (): Record<string, unknown> => ({
  schemas: [USER, ENTERPRISE],
  id: 'u1',
  externalId: 'e1',
  userName: 'bjensen',
  password: 'secret',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [{ value: 'a@x.com', type: 'work' }, { value: 'b@x.com', type: 'home' }],
  meta: { resourceType: 'User', created: '2024-01-01T00:00:00Z' },
  internalFlag: true,
  [ENTERPRISE]: { employeeNumber: '7', manager: { value: '26' } },
});

test('default projection returns everything except password and undefined keys', () => {
  const out = projectResource(stored(), USER_RESOURCE_TYPE);
  assert.equal('password' in out, false);
  assert.equal('internalFlag' in out, false);
  assert.deepEqual(out.name, { givenName: 'Barbara', familyName: 'Jensen' });
  assert.deepEqual(out[ENTERPRISE], { employeeNumber: '7', manager: { value: '26' } });
  assert.equal(out.id, 'u1');
  assert.deepEqual(out.meta, { resourceType: 'User', created: '2024-01-01T00:00:00Z' });
});

test('password is never returned, even when asked for', () => {
  assert.equal('password' in projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['password'] }), false);
});

test('attributes narrows to the named ones plus id and schemas', () => {
  assert.deepEqual(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['userName'] }), { schemas: [USER, ENTERPRISE], id: 'u1', userName: 'bjensen' });
});

test('attributes=id (Entra manager check) returns only id and schemas', () => {
  assert.deepEqual(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['id'] }), { schemas: [USER, ENTERPRISE], id: 'u1' });
});

test('attributes takes dotted sub-attributes, case-insensitively', () => {
  const out = projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['NAME.givenname', 'emails.value'] });
  assert.deepEqual(out.name, { givenName: 'Barbara' });
  assert.deepEqual(out.emails, [{ value: 'a@x.com' }, { value: 'b@x.com' }]);
  assert.equal('userName' in out, false);
});

test('attributes takes URN-qualified names and whole extensions', () => {
  assert.deepEqual(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: [`${ENTERPRISE}:employeeNumber`] })[ENTERPRISE], { employeeNumber: '7' });
  assert.deepEqual(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: [ENTERPRISE] })[ENTERPRISE], { employeeNumber: '7', manager: { value: '26' } });
  assert.equal(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: [`${USER}:userName`] }).userName, 'bjensen');
});

test('excludedAttributes removes attributes and sub-attributes but never id or schemas', () => {
  const out = projectResource(stored(), USER_RESOURCE_TYPE, { excludedAttributes: ['emails', 'name.familyName', 'id', 'schemas', 'meta'] });
  assert.equal('emails' in out, false);
  assert.deepEqual(out.name, { givenName: 'Barbara' });
  assert.equal(out.id, 'u1');
  assert.ok(Array.isArray(out.schemas));
  assert.equal('meta' in out, false);
});

test('excludedAttributes=members (Entra group GET) drops members', () => {
  const g = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g', displayName: 'G', members: [{ value: 'u' }] };
  assert.deepEqual(projectResource(g, GROUP_RESOURCE_TYPE, { excludedAttributes: ['members'] }), { schemas: g.schemas, id: 'g', displayName: 'G' });
});

test('excluding a whole extension drops it', () => {
  assert.equal(ENTERPRISE in projectResource(stored(), USER_RESOURCE_TYPE, { excludedAttributes: [ENTERPRISE] }), false);
});

test('unknown names in attributes are ignored', () => {
  assert.deepEqual(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['shoeSize', ' '] }), { schemas: [USER, ENTERPRISE], id: 'u1' });
});

test('returned:request attributes appear only when asked for', () => {
  const rt: ResourceTypeDef = {
    ...USER_RESOURCE_TYPE,
    schema: { ...USER_RESOURCE_TYPE.schema, attributes: [...USER_RESOURCE_TYPE.schema.attributes, defineAttribute('secretQuestion', 'string', 'test', { returned: 'request' })] },
  };
  const resource = { ...stored(), secretQuestion: 'pet?' };
  assert.equal('secretQuestion' in projectResource(resource, rt), false);
  assert.equal(projectResource(resource, rt, { attributes: ['secretQuestion'] }).secretQuestion, 'pet?');
});

test('when both lists are given, attributes wins', () => {
  assert.equal(projectResource(stored(), USER_RESOURCE_TYPE, { attributes: ['userName'], excludedAttributes: ['userName'] }).userName, 'bjensen');
});

test('the projection is a copy', () => {
  const resource = stored();
  const out = projectResource(resource, USER_RESOURCE_TYPE);
  (out.name as Record<string, unknown>).givenName = 'X';
  (out.emails as Array<Record<string, unknown>>).pop();
  assert.equal((resource.name as Record<string, unknown>).givenName, 'Barbara');
  assert.equal((resource.emails as unknown[]).length, 2);
});

test('copyValues false shares nested values with the source and gives the same JSON; the default copies them', () => {
  const source = stored();
  const narrowed = { attributes: ['emails.value', 'name'] };
  assert.equal(JSON.stringify(projectResource(source, USER_RESOURCE_TYPE, { ...narrowed, copyValues: false })), JSON.stringify(projectResource(source, USER_RESOURCE_TYPE, narrowed)));
  assert.equal(JSON.stringify(projectResource(source, USER_RESOURCE_TYPE, { copyValues: false })), JSON.stringify(projectResource(source, USER_RESOURCE_TYPE)));
  assert.deepEqual(projectResource(source, USER_RESOURCE_TYPE, { ...narrowed, copyValues: false })['emails'], [{ value: 'a@x.com' }, { value: 'b@x.com' }]);
  assert.equal(projectResource(source, USER_RESOURCE_TYPE, { copyValues: false })['schemas'], source['schemas'], 'shared: the source array itself');
  assert.notEqual(projectResource(source, USER_RESOURCE_TYPE)['schemas'], source['schemas'], 'by default: a copy');
});
