import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';
import type { ScimMock } from '../mock-types.ts';

const ACME = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const user = (userName: string, acme: Record<string, unknown>) => ({ schemas: [CORE, ACME], userName, [ACME]: { clearance: 'internal', ...acme } });
const create = (mock: ScimMock, userName: string, acme: Record<string, unknown>) => callMock(mock, 'POST', '/Users', { body: user(userName, acme) });

describe('the generic mock declares the custom acme extension and honours its characteristics', () => {
  it('declares it in /ResourceTypes and /Schemas', async () => {
    const mock = createScimMock();
    const rt = await callMock(mock, 'GET', '/ResourceTypes/User');
    assert.deepEqual(rt.body.schemaExtensions.map((e: { schema: string }) => e.schema), ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', ACME]);
    const schema = await callMock(mock, 'GET', `/Schemas/${ACME}`);
    assert.equal(schema.body.attributes.find((a: { name: string }) => a.name === 'badgeNumber').mutability, 'immutable');
  });

  it('types round-trip; writeOnly and returned never stay hidden; returned request only when asked; readOnly ignored', async () => {
    const mock = createScimMock();
    const made = await create(mock, 'ada', { floor: 3, hourlyRate: 4.5, remote: true, pinCode: '1234', auditNote: 'n', enrolledAt: '2020-01-01T00:00:00Z', vehicle: { plate: 'AB-1' } });
    assert.equal(made.status, 201, made.text);
    assert.deepEqual(made.body[ACME], { clearance: 'internal', remote: true, floor: 3, hourlyRate: 4.5, vehicle: { plate: 'AB-1' } });
    const asked = await callMock(mock, 'GET', `/Users/${made.body.id}?attributes=${encodeURIComponent(`${ACME}:auditNote,${ACME}:pinCode`)}`);
    assert.deepEqual(asked.body[ACME], { auditNote: 'n' });
  });

  it('refuses a missing required attribute or sub-attribute, a changed immutable value and a duplicate unique value', async () => {
    const mock = createScimMock();
    const noClearance = await callMock(mock, 'POST', '/Users', { body: { schemas: [CORE, ACME], userName: 'a', [ACME]: { floor: 1 } } });
    assert.deepEqual([noClearance.status, noClearance.body.scimType], [400, 'invalidValue']);
    const noPlate = await create(mock, 'b', { vehicle: { model: 'x' } });
    assert.match(noPlate.body.detail, /"urn:ietf:params:scim:schemas:extension:acme:2\.0:User:vehicle\.plate" is required/);
    const first = await create(mock, 'c', { badgeNumber: 'B-1' });
    assert.equal(first.status, 201);
    const duplicate = await create(mock, 'd', { badgeNumber: 'B-1' });
    assert.deepEqual([duplicate.status, duplicate.body.scimType], [409, 'uniqueness']);
    assert.equal((await create(mock, 'e', { badgeNumber: 'b-1' })).status, 201, 'caseExact: another case is another value');
    const changed = await callMock(mock, 'PUT', `/Users/${first.body.id}`, { body: user('c', { badgeNumber: 'B-2' }) });
    assert.deepEqual([changed.status, changed.body.scimType], [400, 'mutability']);
  });
});
