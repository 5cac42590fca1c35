import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { callMock, groupBody, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';
import type { ScimMock } from '../mock-types.ts';

const names = (reply: { body: { Resources: Array<{ userName: string }> } }) => reply.body.Resources.map((u) => u.userName);

describe('list, filter, sort, pagination, projection, .search', () => {
  let mock: ScimMock;
  before(async () => {
    mock = createScimMock({ maxResults: 3 });
    for (const [userName, familyName, externalId] of [['carol', 'Zed', 'x3'], ['alice', 'Young', 'x1'], ['bob', 'Xavier', 'x2'], ['dave', 'Wu', 'x4']]) {
      await callMock(mock, 'POST', '/Users', { body: userBody(userName!, { externalId, name: { givenName: 'G', familyName } }) });
    }
  });

  it('pages 1-based; startIndex<1 reads as 1; count is capped at maxResults', async () => {
    assert.deepEqual(names(await callMock(mock, 'GET', '/Users?startIndex=0&count=2')), ['carol', 'alice']);
    assert.deepEqual(names(await callMock(mock, 'GET', '/Users?startIndex=3&count=2')), ['bob', 'dave']);
    const capped = await callMock(mock, 'GET', '/Users?count=100');
    assert.equal(capped.body.itemsPerPage, 3);
    assert.equal(capped.body.totalResults, 4);
    const beyond = await callMock(mock, 'GET', '/Users?startIndex=10');
    assert.deepEqual(beyond.body.Resources, []);
  });

  it('count=0 returns totalResults and no resources', async () => {
    const reply = await callMock(mock, 'GET', '/Users?count=0');
    assert.equal(reply.body.totalResults, 4);
    assert.equal(reply.body.itemsPerPage, 0);
    assert.deepEqual(reply.body.Resources, []);
  });

  it('a non-integer count answers 400 invalidValue', async () => {
    const reply = await callMock(mock, 'GET', '/Users?count=ten');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.scimType, 'invalidValue');
  });

  it('sorts by sortBy ascending and descending', async () => {
    assert.deepEqual(names(await callMock(mock, 'GET', '/Users?sortBy=userName&count=3')), ['alice', 'bob', 'carol']);
    assert.deepEqual(names(await callMock(mock, 'GET', '/Users?sortBy=name.familyName&sortOrder=descending&count=3')), ['carol', 'alice', 'bob']);
  });

  it('filters by externalId, id, and a scanned filter', async () => {
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('externalId eq "x2"')}`)), ['bob']);
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('externalId eq "X2"')}`)), []);
    const bob = (await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq "bob"')}`)).body.Resources[0];
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent(`id eq "${bob.id}"`)}`)), ['bob']);
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName sw "c" or name.familyName eq "wu"')}&sortBy=userName`)), ['carol', 'dave']);
  });

  it('an invalid filter answers 400 invalidFilter', async () => {
    const reply = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    assert.equal(reply.status, 400);
    assert.equal(reply.body.scimType, 'invalidFilter');
  });

  it('attributes and excludedAttributes project resources (id and schemas always returned)', async () => {
    const only = (await callMock(mock, 'GET', '/Users?attributes=userName&count=1')).body.Resources[0];
    assert.deepEqual(Object.keys(only).sort(), ['id', 'schemas', 'userName']);
    const without = (await callMock(mock, 'GET', '/Users?excludedAttributes=emails,name&count=1')).body.Resources[0];
    assert.equal(without.emails, undefined);
    assert.equal(without.name, undefined);
    assert.equal(without.userName, 'carol');
  });

  it('projects POST and PATCH responses by the attributes query', async () => {
    const created = await callMock(mock, 'POST', '/Users?attributes=userName', { body: userBody('erin') });
    assert.equal(created.body.emails, undefined);
    assert.equal(created.body.userName, 'erin');
    await callMock(mock, 'DELETE', `/Users/${created.body.id}`);
  });

  it('POST /Users/.search and POST /.search answer like GET', async () => {
    const search = { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName eq "alice"', attributes: ['userName'] };
    const users = await callMock(mock, 'POST', '/Users/.search', { body: search });
    assert.equal(users.status, 200);
    assert.deepEqual(names(users), ['alice']);
    const root = await callMock(mock, 'POST', '/.search', { body: { ...search, filter: 'userName eq "bob"' } });
    assert.deepEqual(names(root), ['bob']);
    assert.deepEqual(mock.violations().filter((v) => v.rule === 'search-request'), []);
  });

  it('groups: displayName filter and excludedAttributes=members', async () => {
    const other = createScimMock();
    const user = await callMock(other, 'POST', '/Users', { body: userBody('ada') });
    await callMock(other, 'POST', '/Groups', { body: groupBody('Sales', [user.body.id]) });
    const reply = await callMock(other, 'GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Sales"')}`);
    assert.equal(reply.body.totalResults, 1);
    assert.equal(reply.body.Resources[0].members, undefined);
    assert.equal(reply.body.Resources[0].displayName, 'Sales');
  });
});
