import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, groupBody, userBody } from './call-mock.ts';
import { createScimMock } from './create-scim-mock.ts';

const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

describe('createScimMock: Users CRUD in memory', () => {
  it('POST creates a user: 201, Location, ETag, application/scim+json, id and meta', async () => {
    const mock = createScimMock();
    const reply = await callMock(mock, 'POST', '/Users', { body: userBody('ada@example.com') });
    assert.equal(reply.status, 201);
    assert.equal(reply.headers.get('content-type'), 'application/scim+json');
    assert.match(reply.headers.get('etag') ?? '', /^W\/"\d+"$/);
    assert.equal(reply.headers.get('location'), `${mock.baseUrl}/Users/${reply.body.id}`);
    assert.equal(reply.body.userName, 'ada@example.com');
    assert.equal(reply.body.meta.resourceType, 'User');
    assert.equal(reply.body.meta.location, reply.headers.get('location'));
    assert.equal(reply.body.meta.version, reply.headers.get('etag'));
    assert.equal(mock.store.count('User'), 1);
  });

  it('GET by id returns the user; an unknown id answers 404 with a SCIM Error body', async () => {
    const mock = createScimMock();
    const created = await callMock(mock, 'POST', '/Users', { body: userBody('grace') });
    const found = await callMock(mock, 'GET', `/Users/${created.body.id}`);
    assert.equal(found.status, 200);
    assert.equal(found.body.userName, 'grace');
    const missing = await callMock(mock, 'GET', '/Users/does-not-exist');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body.schemas, [ERROR_URN]);
    assert.equal(missing.body.status, '404');
    assert.equal(typeof missing.body.detail, 'string');
  });

  it('GET list with a userName filter finds the user case-insensitively and pages 1-based', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', { body: userBody('Ada@Example.com') });
    await callMock(mock, 'POST', '/Users', { body: userBody('bob@example.com') });
    const filtered = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq "ada@example.com"')}&startIndex=1&count=100`);
    assert.equal(filtered.status, 200);
    assert.deepEqual(filtered.body.schemas, ['urn:ietf:params:scim:api:messages:2.0:ListResponse']);
    assert.equal(filtered.body.totalResults, 1);
    assert.equal(filtered.body.Resources[0].userName, 'Ada@Example.com');
    const page = await callMock(mock, 'GET', '/Users?startIndex=2&count=1');
    assert.equal(page.body.totalResults, 2);
    assert.equal(page.body.startIndex, 2);
    assert.equal(page.body.itemsPerPage, 1);
    assert.equal(page.body.Resources[0].userName, 'bob@example.com');
    const none = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq "nobody"')}`);
    assert.equal(none.status, 200);
    assert.equal(none.body.totalResults, 0);
    assert.deepEqual(none.body.Resources, []);
  });

  it('PUT replaces and PATCH updates, each answering 200 with the resource and a new ETag', async () => {
    const mock = createScimMock();
    const created = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const put = await callMock(mock, 'PUT', `/Users/${created.body.id}`, { body: userBody('ada', { displayName: 'Ada L' }) });
    assert.equal(put.status, 200);
    assert.equal(put.body.displayName, 'Ada L');
    assert.notEqual(put.headers.get('etag'), created.headers.get('etag'));
    const patch = await callMock(mock, 'PATCH', `/Users/${created.body.id}`, {
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] },
    });
    assert.equal(patch.status, 200);
    assert.equal(patch.body.active, false);
    assert.equal((await callMock(mock, 'GET', `/Users/${created.body.id}`)).body.active, false);
  });

  it('DELETE answers 204 and the user is gone (404)', async () => {
    const mock = createScimMock();
    const created = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const deleted = await callMock(mock, 'DELETE', `/Users/${created.body.id}`);
    assert.equal(deleted.status, 204);
    assert.equal(deleted.text, '');
    assert.equal((await callMock(mock, 'GET', `/Users/${created.body.id}`)).status, 404);
  });

  it('a second user with the same userName (other case) answers 409 uniqueness', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', { body: userBody('ada@example.com') });
    const duplicate = await callMock(mock, 'POST', '/Users', { body: userBody('ADA@example.com') });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.scimType, 'uniqueness');
    assert.equal(duplicate.body.status, '409');
  });

  it('accepts application/json and application/scim+json; charset=utf-8 request bodies', async () => {
    const mock = createScimMock();
    const json = await callMock(mock, 'POST', '/Users', { body: userBody('a'), headers: { 'Content-Type': 'application/json' } });
    const charset = await callMock(mock, 'POST', '/Users', { body: userBody('b'), headers: { 'Content-Type': 'application/scim+json; charset=utf-8' } });
    assert.deepEqual([json.status, charset.status], [201, 201]);
  });

  it('matches the resource segment case-insensitively (/users)', async () => {
    const mock = createScimMock();
    const created = await callMock(mock, 'POST', '/users', { body: userBody('ada') });
    assert.equal(created.status, 201);
    assert.equal((await callMock(mock, 'GET', `/USERS/${created.body.id}`)).status, 200);
  });

  it('serves under a configured baseUrl path and 404s outside it', async () => {
    const mock = createScimMock({ baseUrl: 'https://tenant.example/api/scim' });
    assert.equal(mock.baseUrl, 'https://tenant.example/api/scim');
    assert.equal((await callMock(mock, 'GET', '/Users')).status, 200);
    assert.equal((await callMock(mock, 'GET', 'https://tenant.example/scim/v2/Users')).status, 404);
    // serves() says which URLs handle() answers (the msw handler's predicate).
    assert.equal(mock.serves('https://tenant.example/api/scim/Users?filter=x'), true);
    assert.equal(mock.serves('https://tenant.example/scim/v2/Users'), false);
    assert.equal(mock.serves('https://elsewhere.example/api/scim/Users'), false);
  });
});

describe('createScimMock: Groups CRUD in memory', () => {
  it('creates a group with a member; the user shows the group in its derived groups', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const group = await callMock(mock, 'POST', '/Groups', { body: groupBody('Engineering', [user.body.id]) });
    assert.equal(group.status, 201);
    assert.equal(group.body.members[0].value, user.body.id);
    const reread = await callMock(mock, 'GET', `/Users/${user.body.id}`);
    assert.equal(reread.body.groups[0].value, group.body.id);
    assert.equal(reread.body.groups[0].display, 'Engineering');
    const byName = await callMock(mock, 'GET', `/Groups?filter=${encodeURIComponent('displayName eq "engineering"')}`);
    assert.equal(byName.body.totalResults, 1);
  });

  it('rejects a member that is not an existing id with 400 invalidValue', async () => {
    const mock = createScimMock();
    const reply = await callMock(mock, 'POST', '/Groups', { body: groupBody('Ops', ['no-such-user']) });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.scimType, 'invalidValue');
  });

  it('PATCH adds and removes members; deleting the user takes it out of the group', async () => {
    const mock = createScimMock();
    const ada = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const bob = await callMock(mock, 'POST', '/Users', { body: userBody('bob') });
    const group = await callMock(mock, 'POST', '/Groups', { body: groupBody('Ops') });
    const added = await callMock(mock, 'PATCH', `/Groups/${group.body.id}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'add', path: 'members', value: [{ value: ada.body.id }, { value: bob.body.id }] }],
      },
    });
    assert.equal(added.status, 200);
    assert.equal(added.body.members.length, 2);
    await callMock(mock, 'DELETE', `/Users/${ada.body.id}`);
    const after = await callMock(mock, 'GET', `/Groups/${group.body.id}`);
    assert.deepEqual(after.body.members.map((m: { value: string }) => m.value), [bob.body.id]);
  });
});
