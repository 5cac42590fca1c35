import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, groupBody, userBody } from '../call-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { compareFault, createUserId, patchBody } from './fault-probe.ts';

/**
 * The fault switches of a resource's life after its creation: reactivation, reads by id, renames,
 * memberships, PUT, value forms, listing and deletion. (faults.test.ts checks every fault has a test
 * here or there.)
 */

const createUser = createUserId;

async function createGroup(mock: ScimMock, displayName: string, memberIds: string[] = []): Promise<string> {
  const reply = await callMock(mock, 'POST', '/Groups', { body: groupBody(displayName, memberIds) });
  assert.equal(reply.status, 201, reply.text);
  return reply.body.id;
}

const faultTest = (id: string, name: string, body: () => Promise<void>) => it(`${id}: ${name}`, body);

describe('fault switches after the create', () => {
  faultTest('reactivation-ignored', 'active true after false answers 200 and the user stays inactive (PATCH and PUT)', async () => {
    const { normal, faulty } = await compareFault('reactivation-ignored', async (mock) => {
      const id = await createUser(mock);
      await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'replace', path: 'active', value: false }) });
      const patch = await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'replace', path: 'active', value: true }) });
      await callMock(mock, 'PUT', `/Users/${id}`, { body: userBody('ada', { active: false }) });
      const put = await callMock(mock, 'PUT', `/Users/${id}`, { body: userBody('ada', { active: true }) });
      return `${patch.status}:${patch.body.active} ${put.status}:${put.body.active}`;
    });
    assert.deepEqual([normal, faulty], ['200:true 200:true', '200:false 200:false']);
  });

  faultTest('list-requires-filter', 'a list without a filter answers 400 tooMany; a filtered one is served', async () => {
    const { normal, faulty } = await compareFault('list-requires-filter', async (mock) => {
      await createUser(mock);
      const all = await callMock(mock, 'GET', '/Users?startIndex=1&count=100');
      const one = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq "ada"')}`);
      return `${all.status}:${all.body.totalResults ?? all.body.scimType} ${one.status}:${one.body.totalResults}`;
    });
    assert.deepEqual([normal, faulty], ['200:1 200:1', '400:tooMany 200:1']);
  });

  faultTest('get-by-id-returns-list', 'GET /Users/{id} answers a ListResponse holding the user', async () => {
    const { normal, faulty } = await compareFault('get-by-id-returns-list', async (mock) => {
      const id = await createUser(mock);
      const reply = await callMock(mock, 'GET', `/Users/${id}`);
      return [reply.body.userName, reply.body.Resources?.[0]?.userName];
    });
    assert.deepEqual([normal, faulty], [['ada', undefined], [undefined, 'ada']]);
  });

  faultTest('group-rename-rejected', 'a PATCH or PUT with a new displayName answers 400 mutability; the same name passes', async () => {
    const { normal, faulty } = await compareFault('group-rename-rejected', async (mock) => {
      const id = await createGroup(mock, 'one');
      const same = await callMock(mock, 'PATCH', `/Groups/${id}`, { body: patchBody({ op: 'replace', value: { id, displayName: 'one' } }) });
      const patch = await callMock(mock, 'PATCH', `/Groups/${id}`, { body: patchBody({ op: 'replace', path: 'displayName', value: 'two' }) });
      const put = await callMock(mock, 'PUT', `/Groups/${id}`, { body: groupBody('three') });
      return [same.status, patch.body.scimType ?? patch.status, put.body.scimType ?? put.status];
    });
    assert.deepEqual([normal, faulty], [[200, 200, 200], [200, 'mutability', 'mutability']]);
  });

  faultTest('username-immutable', 'a PATCH with a new userName answers 400 mutability', async () => {
    const { normal, faulty } = await compareFault('username-immutable', async (mock) => {
      const id = await createUser(mock);
      const reply = await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'replace', path: 'userName', value: 'bea' }) });
      return reply.body.scimType ?? reply.body.userName;
    });
    assert.deepEqual([normal, faulty], ['bea', 'mutability']);
  });

  faultTest('member-value-not-id', 'members come back with the userName as value', async () => {
    const { normal, faulty } = await compareFault('member-value-not-id', async (mock) => {
      const user = await createUser(mock);
      const group = await createGroup(mock, 'one', [user]);
      return (await callMock(mock, 'GET', `/Groups/${group}`)).body.members[0].value === user ? 'id' : (await callMock(mock, 'GET', `/Groups/${group}`)).body.members[0].value;
    });
    assert.deepEqual([normal, faulty], ['id', 'ada']);
  });

  faultTest('patch-remove-members-value-ignored', 'remove with path members and a value array removes nothing; a filter path still removes', async () => {
    const { normal, faulty } = await compareFault('patch-remove-members-value-ignored', async (mock) => {
      const [a, b] = [await createUser(mock, 'a'), await createUser(mock, 'b')];
      const group = await createGroup(mock, 'one', [a, b]);
      const byValue = await callMock(mock, 'PATCH', `/Groups/${group}`, { body: patchBody({ op: 'remove', path: 'members', value: [{ value: a }] }) });
      const byFilter = await callMock(mock, 'PATCH', `/Groups/${group}`, { body: patchBody({ op: 'remove', path: `members[value eq "${b}"]` }) });
      return `${byValue.status}:${byValue.body.members?.length ?? 0} ${byFilter.status}:${byFilter.body.members?.length ?? 0}`;
    });
    assert.deepEqual([normal, faulty], ['200:1 200:0', '200:2 200:1']);
  });

  faultTest('member-add-conflict', 'an add of a current member answers 409 uniqueness', async () => {
    const { normal, faulty } = await compareFault('member-add-conflict', async (mock) => {
      const user = await createUser(mock);
      const group = await createGroup(mock, 'one', [user]);
      const reply = await callMock(mock, 'PATCH', `/Groups/${group}`, { body: patchBody({ op: 'Add', path: 'members', value: [{ value: user }] }) });
      return `${reply.status}:${reply.body.scimType ?? reply.body.members.length}`;
    });
    assert.deepEqual([normal, faulty], ['200:1', '409:uniqueness']);
  });

  faultTest('put-applies-only-active', 'PUT changes active but not the name', async () => {
    const { normal, faulty } = await compareFault('put-applies-only-active', async (mock) => {
      const id = await createUser(mock);
      const reply = await callMock(mock, 'PUT', `/Users/${id}`, { body: userBody('ada', { active: false, name: { givenName: 'Bea', familyName: 'Lovelace' } }) });
      return `${reply.body.name.givenName}:${reply.body.active}`;
    });
    assert.deepEqual([normal, faulty], ['Bea:false', 'Ada:false']);
  });

  faultTest('empty-string-rejected', 'a "" in a PUT body or a PATCH value answers 400 invalidValue', async () => {
    const { normal, faulty } = await compareFault('empty-string-rejected', async (mock) => {
      const id = await createUser(mock);
      const put = await callMock(mock, 'PUT', `/Users/${id}`, { body: userBody('ada', { title: '' }) });
      const patch = await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'replace', path: 'title', value: '' }) });
      return [put.body.scimType ?? put.status, patch.body.scimType ?? patch.status];
    });
    assert.deepEqual([normal, faulty], [[200, 200], ['invalidValue', 'invalidValue']]);
  });

  faultTest('boolean-strings-rejected', '"True" on POST and "False" in a PATCH answer 400; JSON booleans pass', async () => {
    const { normal, faulty } = await compareFault('boolean-strings-rejected', async (mock) => {
      const post = await callMock(mock, 'POST', '/Users', { body: userBody('bea', { active: 'True' }) });
      const id = await createUser(mock);
      const patch = await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'Replace', path: 'active', value: 'False' }) });
      const boolean = await callMock(mock, 'PATCH', `/Users/${id}`, { body: patchBody({ op: 'replace', path: 'active', value: false }) });
      return [post.status, patch.status, boolean.status];
    });
    assert.deepEqual([normal, faulty], [[201, 200, 200], [400, 400, 200]]);
  });

  faultTest('delete-keeps-user', 'DELETE answers 204 and the user is still read, inactive', async () => {
    const { normal, faulty } = await compareFault('delete-keeps-user', async (mock) => {
      const id = await createUser(mock);
      const del = await callMock(mock, 'DELETE', `/Users/${id}`);
      const get = await callMock(mock, 'GET', `/Users/${id}`);
      return `${del.status}:${get.status}:${get.body.active ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['204:404:', '204:200:false']);
  });
});
