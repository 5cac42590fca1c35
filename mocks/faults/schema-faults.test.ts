import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

const ACME = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const user = (userName: string, acme: Record<string, unknown>) => ({ schemas: [CORE, ACME], userName, [ACME]: { clearance: 'internal', ...acme } });
const faultTest = (id: string, name: string, body: (mock: ReturnType<typeof createScimMock>) => Promise<void>) => it(`${id}: ${name}`, () => body(createScimMock({ faults: [id] })));

describe('schema faults: each breaks one characteristic the acme extension declares', () => {
  faultTest('schema-attribute-malformed', '/Schemas serves malformed acme definitions; resources are still checked by the correct ones', async (mock) => {
    const served = (await callMock(mock, 'GET', `/Schemas/${ACME}`)).body.attributes as Array<Record<string, unknown>>;
    assert.equal(served.find((a) => a['name'] === 'pinCode')!['mutability'], '"writeOnly"');
    assert.ok(served.some((a) => a['name'] === 'hourly rate'));
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('a', { pinCode: '1' }) })).body[ACME].pinCode, undefined);
  });
  faultTest('immutable-overwritten', 'a PUT changes badgeNumber', async (mock) => {
    const made = await callMock(mock, 'POST', '/Users', { body: user('a', { badgeNumber: 'B-1' }) });
    assert.equal((await callMock(mock, 'PUT', `/Users/${made.body.id}`, { body: user('a', { badgeNumber: 'B-9' }) })).body[ACME].badgeNumber, 'B-9');
  });
  faultTest('read-only-stored', 'enrolledAt sent by the client is kept', async (mock) => {
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('a', { enrolledAt: '2020-01-01T00:00:00Z' }) })).body[ACME].enrolledAt, '2020-01-01T00:00:00Z');
  });
  faultTest('write-only-returned', 'pinCode comes back', async (mock) => {
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('a', { pinCode: '1234' }) })).body[ACME].pinCode, '1234');
  });
  faultTest('returned-request-always', 'auditNote comes back unasked', async (mock) => {
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('a', { auditNote: 'n' }) })).body[ACME].auditNote, 'n');
  });
  faultTest('extension-required-ignored', 'a vehicle without its plate and an extension without clearance are taken', async (mock) => {
    assert.equal((await callMock(mock, 'POST', '/Users', { body: { schemas: [CORE, ACME], userName: 'a', [ACME]: { floor: 1, vehicle: { model: 'x' } } } })).status, 201);
  });
  faultTest('extension-uniqueness-ignored', 'two users get the same badgeNumber', async (mock) => {
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('a', { badgeNumber: 'B-1' }) })).status, 201);
    assert.equal((await callMock(mock, 'POST', '/Users', { body: user('b', { badgeNumber: 'B-1' }) })).status, 201);
  });
  faultTest('extension-types-stringified', 'floor and remote come back as strings', async (mock) => {
    const made = await callMock(mock, 'POST', '/Users', { body: user('a', { floor: 3, remote: true }) });
    assert.deepEqual([made.body[ACME].floor, made.body[ACME].remote], ['3', 'true']);
  });
  faultTest('bulk-id-unresolved-in-extensions', 'a bulkId in sponsor.value stays', async (mock) => {
    const bulk = await callMock(mock, 'POST', '/Bulk', { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: [
      { method: 'POST', path: '/Users', bulkId: 's', data: { schemas: [CORE], userName: 's' } },
      { method: 'POST', path: '/Users', bulkId: 'm', data: user('m', { sponsor: { value: 'bulkId:s' } }) },
    ] } });
    const member = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq "m"')}`);
    assert.equal(bulk.status, 200);
    assert.equal(member.body.Resources[0][ACME].sponsor.value, 'bulkId:s');
  });
});
