import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyProfile } from './apply-profile.ts';
import { PROFILES } from './profiles.ts';
import type { StepRequest } from '../scenario/types.ts';

const create: StepRequest = {
  method: 'POST',
  path: '/Users',
  headers: {},
  body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: '{{user2.userName}}', title: 'Keep me' },
};

test('talkdesk adds its extension with rolesString and teamsString and names the URN in schemas', () => {
  const body = applyProfile(create, PROFILES.talkdesk).body as Record<string, unknown>;
  assert.deepEqual(body['urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User'], { rolesString: 'Agent', teamsString: 'Support' });
  assert.deepEqual(body.schemas, ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User']);
});

test('cx adds the work phone of the same user and keeps attributes the scenario already sends', () => {
  const body = applyProfile(create, PROFILES.cx).body as Record<string, unknown>;
  assert.deepEqual(body.phoneNumbers, [{ type: 'work', value: '{{user2.phone}}', primary: true }]);
  assert.equal(body.title, 'Keep me');
});

test('PATCH bodies, group bodies and the generic profile are left as they are', () => {
  const patch: StepRequest = { ...create, method: 'PATCH', path: '/Users/{{userId}}' };
  assert.equal(applyProfile(patch, PROFILES.cx), patch);
  assert.equal(applyProfile({ ...create, path: '/Groups' }, PROFILES.talkdesk).body, create.body);
  assert.equal(applyProfile(create, PROFILES.generic), create);
});
