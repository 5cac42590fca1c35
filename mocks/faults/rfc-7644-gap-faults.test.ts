import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, groupBody, userBody } from '../call-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { compareFault, createUserId, patchBody } from './fault-probe.ts';

/**
 * The fault switches behind the rfc checks of RFC 7644 requirements added for the requirement catalogue
 * (issue 17): queries, sorting, PUT and PATCH semantics, /Me, discovery filters, PRECIS. (faults.test.ts
 * checks every fault has a test here or in a sibling file.)
 */
const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const createUser = createUserId;

const patch = (mock: ScimMock, id: string, ...ops: unknown[]) => callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody(...ops) });
const faultTest = (id: string, name: string, body: () => Promise<void>) => it(`${id}: ${name}`, body);

describe('fault switches of the RFC 7644 requirement checks', () => {
  faultTest('unknown-query-rejected', 'an unknown query parameter answers 400 invalidSyntax', async () => {
    const { normal, faulty } = await compareFault('unknown-query-rejected', async (mock) => {
      const reply = await callMock(mock, 'GET', '/Users?count=1&scimConformanceProbe=1');
      return `${reply.status}:${reply.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['200:', '400:invalidSyntax']);
  });

  faultTest('sort-case-sensitive', 'sortBy=userName puts "Bravo" before "alpha"', async () => {
    const { normal, faulty } = await compareFault('sort-case-sensitive', async (mock) => {
      for (const name of ['charlie', 'alpha', 'Bravo']) await createUser(mock, name);
      return (await callMock(mock, 'GET', '/Users?sortBy=userName')).body.Resources.map((u: { userName: string }) => u.userName).join();
    });
    assert.deepEqual([normal, faulty], ['alpha,Bravo,charlie', 'Bravo,alpha,charlie']);
  });

  faultTest('search-sort-ignored', 'POST /Users/.search with sortBy keeps the creation order', async () => {
    const { normal, faulty } = await compareFault('search-sort-ignored', async (mock) => {
      for (const name of ['b', 'c', 'a']) await createUser(mock, name);
      const reply = await callMock(mock, 'POST', '/Users/.search', { body: { schemas: [SEARCH], sortBy: 'userName' } });
      return reply.body.Resources.map((u: { userName: string }) => u.userName).join();
    });
    assert.deepEqual([normal, faulty], ['a,b,c', 'b,c,a']);
  });

  faultTest('put-stores-read-only', 'PUT keeps the meta.created the client sent', async () => {
    const { normal, faulty } = await compareFault('put-stores-read-only', async (mock) => {
      const id = await createUser(mock);
      await callMock(mock, 'PUT', `/Users/${id}`, { body: userBody('ada', { meta: { created: '1999-01-01T00:00:00Z' } }) });
      return (await callMock(mock, 'GET', `/Users/${id}`)).body.meta.created.startsWith('1999');
    });
    assert.deepEqual([normal, faulty], [false, true]);
  });

  faultTest('patch-read-only-ignored', 'PATCH replace of id answers 200 instead of 400 mutability', async () => {
    const { normal, faulty } = await compareFault('patch-read-only-ignored', async (mock) => {
      const id = await createUser(mock);
      const reply = await patch(mock, id, { op: 'replace', path: 'id', value: 'another-id' });
      return `${reply.status}:${reply.body?.scimType ?? reply.body.id === id}`;
    });
    assert.deepEqual([normal, faulty], ['400:mutability', '200:true']);
  });

  faultTest('patch-extension-needs-prior-schemas', 'adding the enterprise URN, then employeeNumber, in one PATCH answers 400 invalidPath', async () => {
    const { normal, faulty } = await compareFault('patch-extension-needs-prior-schemas', async (mock) => {
      const id = await createUser(mock);
      const reply = await patch(mock, id, { op: 'add', path: 'schemas', value: [ENTERPRISE] }, { op: 'replace', path: `${ENTERPRISE}:employeeNumber`, value: 'E1' });
      return `${reply.status}:${reply.body[ENTERPRISE]?.employeeNumber ?? reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['200:E1', '400:invalidPath']);
  });

  faultTest('patch-returns-changed-only', 'a 200 PATCH answer lacks the attributes the PATCH did not name', async () => {
    const { normal, faulty } = await compareFault('patch-returns-changed-only', async (mock) => {
      const id = await createUser(mock);
      const body = (await patch(mock, id, { op: 'replace', path: 'displayName', value: 'Ada' })).body;
      return `${body.displayName}:${body.userName ?? 'none'}`;
    });
    assert.deepEqual([normal, faulty], ['Ada:ada', 'Ada:none']);
  });

  faultTest('patch-noop-touches-last-modified', 'adding a value the user has advances meta.lastModified', async () => {
    const { normal, faulty } = await compareFault('patch-noop-touches-last-modified', async (mock) => {
      const id = await createUser(mock, 'ada', { nickName: 'Adie' });
      const before = (await callMock(mock, 'GET', `/Users/${id}`)).body.meta.lastModified;
      await patch(mock, id, { op: 'add', path: 'nickName', value: 'Adie' });
      return (await callMock(mock, 'GET', `/Users/${id}`)).body.meta.lastModified === before;
    });
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('patch-remove-last-value-rejected', 'removing the only member of a group answers 400 invalidValue', async () => {
    const { normal, faulty } = await compareFault('patch-remove-last-value-rejected', async (mock) => {
      const id = await createUser(mock);
      const group = (await callMock(mock, 'POST', '/Groups', { body: groupBody('g', [id]) })).body.id;
      const reply = await callMock(mock, 'PATCH', `/Groups/${group}`, { body: patchBody({ op: 'remove', path: `members[value eq "${id}"]` }) });
      return `${reply.status}:${(await callMock(mock, 'GET', `/Groups/${group}`)).body.members?.length ?? 0}`;
    });
    assert.deepEqual([normal, faulty], ['200:0', '400:1']);
  });

  faultTest('patch-remove-sub-attribute-ignored', 'remove name.middleName answers 200 and keeps it', async () => {
    const { normal, faulty } = await compareFault('patch-remove-sub-attribute-ignored', async (mock) => {
      const id = await createUser(mock, 'ada', { name: { givenName: 'Ada', familyName: 'L', middleName: 'Mae' } });
      await patch(mock, id, { op: 'remove', path: 'name.middleName' });
      return (await callMock(mock, 'GET', `/Users/${id}`)).body.name.middleName ?? 'none';
    });
    assert.deepEqual([normal, faulty], ['none', 'Mae']);
  });

  faultTest('required-remove-invalid-value', 'remove userName answers scimType invalidValue', async () => {
    const { normal, faulty } = await compareFault('required-remove-invalid-value', async (mock) => {
      const id = await createUser(mock);
      const reply = await patch(mock, id, { op: 'remove', path: 'userName' });
      return `${reply.status}:${reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['400:mutability', '400:invalidValue']);
  });

  faultTest('patch-replace-filter-adds', 'replace emails[type eq "home"].value on a user without one adds it', async () => {
    const { normal, faulty } = await compareFault('patch-replace-filter-adds', async (mock) => {
      const id = await createUser(mock);
      const reply = await patch(mock, id, { op: 'replace', path: 'emails[type eq "home"].value', value: 'h@x.com' });
      return `${reply.status}:${reply.body.scimType ?? reply.body.emails.length}`;
    });
    assert.deepEqual([normal, faulty], ['400:noTarget', '200:2']);
  });

  faultTest('accept-json-rejected', 'Accept: application/json answers 406', async () => {
    const { normal, faulty } = await compareFault('accept-json-rejected', async (mock) => {
      const id = await createUser(mock);
      return (await callMock(mock, 'GET', `/Users/${id}`, { headers: { Accept: 'application/json' } })).status;
    });
    assert.deepEqual([normal, faulty], [200, 406]);
  });

  faultTest('me-location-is-alias', '/Me answers 200 with Location …/Me, not the user\'s permanent URI', async () => {
    const { normal, faulty } = await compareFault('me-location-is-alias', async (mock) => {
      const reply = await callMock(mock, 'GET', '/Me');
      return `${reply.status}:${reply.headers.get('location') ?? 'none'}:${reply.body.meta?.location ?? 'none'}`;
    });
    assert.deepEqual([normal, faulty], ['501:none:none', '200:http://scim-mock.invalid/scim/v2/Me:http://scim-mock.invalid/scim/v2/Users/service-account']);
  });

  faultTest('me-bad-request', '/Me answers 400 invalidSyntax instead of 501', async () => {
    const { normal, faulty } = await compareFault('me-bad-request', async (mock) => {
      const reply = await callMock(mock, 'GET', '/Me');
      return `${reply.status}:${reply.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['501:', '400:invalidSyntax']);
  });

  faultTest('discovery-filter-accepted', 'GET /Schemas?filter=… answers 200 instead of 403', async () => {
    const { normal, faulty } = await compareFault('discovery-filter-accepted', async (mock) =>
      (await callMock(mock, 'GET', `/Schemas?filter=${encodeURIComponent('id eq "x"')}`)).status);
    assert.deepEqual([normal, faulty], [403, 200]);
  });

  faultTest('precis-width-not-mapped', 'a fullwidth copy of a taken userName creates a second user', async () => {
    const { normal, faulty } = await compareFault('precis-width-not-mapped', async (mock) => {
      await createUser(mock, 'ada-1@example.com');
      const reply = await callMock(mock, 'POST', '/Users', { body: userBody('ａｄａ－１＠ｅｘａｍｐｌｅ．ｃｏｍ') });
      return `${reply.status}:${reply.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['409:uniqueness', '201:']);
  });
});
