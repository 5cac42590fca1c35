import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, groupBody, userBody } from '../call-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { compareFault, patchBody } from './fault-probe.ts';

// The faults that prove the RFC 7643 checks of issue 17 (tests/self-test/rfc-7643-gap-proof-runs.ts): each
// test shows the RFC behaviour without the fault and the deviation with it.

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

async function createUser(mock: ScimMock, extra: Record<string, unknown> = {}) {
  const reply = await callMock(mock, 'POST', '/Users', { body: userBody('ada', extra) });
  assert.equal(reply.status, 201, reply.text);
  return reply.body as Record<string, any>;
}

const tested = new Set<string>();
function faultTest(id: string, name: string, body: () => Promise<void>) {
  tested.add(id);
  it(`${id}: ${name}`, body);
}

describe('fault switches of the RFC 7643 requirement checks', () => {
  faultTest('spc-requires-auth', 'GET /ServiceProviderConfig without credentials answers 401', async () => {
    const { normal, faulty } = await compareFault('spc-requires-auth', async (mock) => (await callMock(mock, 'GET', '/ServiceProviderConfig')).status, { credentials: { token: 't' } });
    assert.deepEqual([normal, faulty], [200, 401]);
  });

  faultTest('email-domain-kept', 'an upper-case email domain stays upper case', async () => {
    const { normal, faulty } = await compareFault('email-domain-kept', async (mock) =>
      (await createUser(mock, { emails: [{ value: 'Ada@EXAMPLE.COM', type: 'work' }] })).emails[0].value);
    assert.deepEqual([normal, faulty], ['Ada@example.com', 'Ada@EXAMPLE.COM']);
  });

  faultTest('patch-add-duplicates', 'adding the work email again lists it twice', async () => {
    const { normal, faulty } = await compareFault('patch-add-duplicates', async (mock) => {
      const user = await createUser(mock);
      await callMock(mock, 'PATCH', `/Users/${user.id}`, { body: patchBody({ op: 'add', path: 'emails', value: [{ value: 'ada@example.com', type: 'work' }] }) });
      return (await callMock(mock, 'GET', `/Users/${user.id}`)).body.emails.length;
    });
    assert.deepEqual([normal, faulty], [1, 2]);
  });

  faultTest('schemas-first-required', 'a body with schemas last answers 400', async () => {
    const { normal, faulty } = await compareFault('schemas-first-required', async (mock) => {
      const { schemas, ...rest } = userBody('ada');
      return (await callMock(mock, 'POST', '/Users', { body: { ...rest, schemas } })).status;
    });
    assert.deepEqual([normal, faulty], [201, 400]);
  });

  faultTest('core-schema-first-required', 'schemas listing the extension first answers 400', async () => {
    const { normal, faulty } = await compareFault('core-schema-first-required', async (mock) =>
      (await callMock(mock, 'POST', '/Users', { body: { ...userBody('ada'), schemas: [ENTERPRISE, USER], [ENTERPRISE]: { employeeNumber: '7' } } })).status);
    assert.deepEqual([normal, faulty], [201, 400]);
  });

  faultTest('binary-returned-as-hex', 'x509Certificates.value comes back in hex', async () => {
    const { normal, faulty } = await compareFault('binary-returned-as-hex', async (mock) => (await createUser(mock, { x509Certificates: [{ value: 'AQID' }] })).x509Certificates[0].value);
    assert.deepEqual([normal, faulty], ['AQID', '010203']);
  });

  faultTest('location-not-addressable', 'GET on meta.location answers 404', async () => {
    const { normal, faulty } = await compareFault('location-not-addressable', async (mock) => (await callMock(mock, 'GET', (await createUser(mock)).meta.location)).status);
    assert.deepEqual([normal, faulty], [200, 404]);
  });

  faultTest('user-groups-value-not-id', "a member's groups value is the group's displayName", async () => {
    const { normal, faulty } = await compareFault('user-groups-value-not-id', async (mock) => {
      const user = await createUser(mock);
      const group = (await callMock(mock, 'POST', '/Groups', { body: groupBody('Staff', [user.id]) })).body;
      return (await callMock(mock, 'GET', `/Users/${user.id}`)).body.groups[0].value === group.id;
    });
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('user-groups-writable', "PATCH add of a user's groups makes the user a member", async () => {
    const { normal, faulty } = await compareFault('user-groups-writable', async (mock) => {
      const user = await createUser(mock);
      const group = (await callMock(mock, 'POST', '/Groups', { body: groupBody('Staff') })).body;
      await callMock(mock, 'PATCH', `/Users/${user.id}`, { body: patchBody({ op: 'add', path: 'groups', value: [{ value: group.id }] }) });
      return ((await callMock(mock, 'GET', `/Groups/${group.id}`)).body.members ?? []).length;
    });
    assert.deepEqual([normal, faulty], [0, 1]);
  });

  faultTest('resource-type-extension-without-required', 'schemaExtensions entries lack required', async () => {
    const { normal, faulty } = await compareFault('resource-type-extension-without-required', async (mock) =>
      typeof (await callMock(mock, 'GET', '/ResourceTypes/User')).body.schemaExtensions[0].required);
    assert.deepEqual([normal, faulty], ['boolean', 'undefined']);
  });

  faultTest('schema-without-name', '/Schemas/{User URN} has no name', async () => {
    const { normal, faulty } = await compareFault('schema-without-name', async (mock) => (await callMock(mock, 'GET', `/Schemas/${USER}`)).body.name);
    assert.deepEqual([normal, faulty], ['User', undefined]);
  });

  faultTest('content-location-differs', 'Content-Location names another host than meta.location', async () => {
    const { normal, faulty } = await compareFault('content-location-differs', async (mock) => {
      const reply = await callMock(mock, 'GET', `/Users/${(await createUser(mock)).id}`);
      return reply.headers.get('content-location') === reply.body.meta.location;
    });
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('ids-contain-bulkid', 'assigned ids contain "bulkId"', async () => {
    const { normal, faulty } = await compareFault('ids-contain-bulkid', async (mock) => (await createUser(mock)).id.includes('bulkId'));
    assert.deepEqual([normal, faulty], [false, true]);
  });

  faultTest('last-modified-differs-on-create', 'a new user has lastModified after created', async () => {
    const { normal, faulty } = await compareFault('last-modified-differs-on-create', async (mock) => {
      const { meta } = await createUser(mock);
      return meta.lastModified === meta.created;
    });
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('undeclared-schema-urn', "a user's schemas name a URN /ResourceTypes does not declare", async () => {
    const { normal, faulty } = await compareFault('undeclared-schema-urn', async (mock) => (await createUser(mock)).schemas.length);
    assert.deepEqual([normal, faulty], [1, 2]);
  });

  faultTest('duplicate-schema-urns', 'schemas of users and errors list the URN twice', async () => {
    const { normal, faulty } = await compareFault('duplicate-schema-urns', async (mock) =>
      [(await createUser(mock)).schemas.length, (await callMock(mock, 'GET', '/Users/nobody')).body.schemas.length]);
    assert.deepEqual([normal, faulty], [[1, 1], [2, 2]]);
  });
});
