import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as door from './index.ts';

test('the door exports the agreed API by name', () => {
  const expected = [
    'ScimError',
    'USER_SCHEMA',
    'GROUP_SCHEMA',
    'ENTERPRISE_USER_SCHEMA',
    'TALKDESK_USER_SCHEMA',
    'USER_RESOURCE_TYPE',
    'GROUP_RESOURCE_TYPE',
    'COMMON_ATTRIBUTES',
    'findAttribute',
    'parseFilter',
    'matchesFilter',
    'parseSortAttribute',
    'compareResources',
    'parsePath',
    'applyPatch',
    'prepareResource',
    'unknownAttributes',
    'projectResource',
  ];
  for (const name of expected) assert.ok(name in door, `${name} is exported`);
});

test('the door works end to end: prepare, patch, filter, project', () => {
  const created = door.prepareResource(
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'Alice', active: 'True', emails: [{ type: 'work', value: 'a@x.com' }] },
    door.USER_RESOURCE_TYPE,
    'create',
  );
  const stored = { ...created, id: 'u1' };
  const { resource } = door.applyPatch(
    stored,
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] },
    door.USER_RESOURCE_TYPE,
  );
  assert.equal(door.matchesFilter(resource, door.parseFilter('userName eq "alice" and active eq false'), door.USER_RESOURCE_TYPE), true);
  assert.deepEqual(door.projectResource(resource, door.USER_RESOURCE_TYPE, { attributes: ['active'] }), {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: 'u1',
    active: false,
  });
});
