/* Shared fixtures for the applyPatch tests (not a test file itself). */
import assert from 'node:assert/strict';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import { ScimError, type ScimType } from '../scim-error.ts';
import { applyPatch } from './apply-patch.ts';

export const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export const body = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

export const user = (): Record<string, unknown> => ({
  schemas: [USER],
  id: 'u1',
  userName: 'bjensen@example.com',
  active: true,
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }],
  meta: { resourceType: 'User', created: '2024-01-01T00:00:00Z', lastModified: '2024-01-01T00:00:00Z' },
});

export const group = (): Record<string, unknown> => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
  id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b',
  displayName: 'Test SCIMv2',
  members: [{ value: 'm1', display: 'one@x.com' }, { value: 'm2' }, { value: 'm3' }],
});

export function patchUser(...operations: unknown[]) {
  return applyPatch(user(), body(...operations), USER_RESOURCE_TYPE);
}

export function patchGroup(...operations: unknown[]) {
  return applyPatch(group(), body(...operations), GROUP_RESOURCE_TYPE);
}

export function assertScimError(fn: () => unknown, scimType: ScimType, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ScimError, `expected ScimError, got ${String(error)}`);
    assert.equal(error.status, 400);
    assert.equal(error.scimType, scimType);
    assert.match(error.detail, pattern);
    return true;
  });
}

