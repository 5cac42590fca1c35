import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const query = (filter: string) => `filter=${encodeURIComponent(filter)}`;

describe('list filters kept prepared by their text', () => {
  it('keeps the compiled filter, not its answer: the same filter finds a user created in between', async () => {
    const mock = createScimMock();
    const path = `/Users?${query('userName eq "ada"')}`;
    assert.equal((await callMock(mock, 'GET', path)).body.totalResults, 0);
    const ada = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const found = await callMock(mock, 'GET', path);
    assert.deepEqual(found.body.Resources.map((r: { id: string }) => r.id), [ada.body.id]);
    await callMock(mock, 'DELETE', `/Users/${ada.body.id}`);
    assert.equal((await callMock(mock, 'GET', path)).body.totalResults, 0);
  });

  it('prepares one text again for other resource types: /Users, /Groups and /.search each match their own', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', { body: userBody('ada', { displayName: 'Admin Ada' }) });
    for (const displayName of ['Admins', 'Sales']) await callMock(mock, 'POST', '/Groups', { body: { schemas: [GROUP], displayName } });
    const filter = 'displayName co "Adm"';
    const names = (reply: { body: { Resources: { displayName: string }[] } }) => reply.body.Resources.map((r) => r.displayName).sort();
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?${query(filter)}`)), ['Admin Ada']);
    assert.deepEqual(names(await callMock(mock, 'GET', `/Groups?${query(filter)}`)), ['Admins']);
    const search = await callMock(mock, 'POST', '/.search', { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter } });
    assert.deepEqual(names(search), ['Admin Ada', 'Admins']);
    assert.deepEqual(names(await callMock(mock, 'GET', `/Users?${query(filter)}`)), ['Admin Ada']);
  });

  it('refuses a bad filter every time it comes (errors are not kept)', async () => {
    const mock = createScimMock();
    for (let i = 0; i < 2; i++) {
      const reply = await callMock(mock, 'GET', `/Users?${query('userName eq')}`);
      assert.equal(reply.status, 400);
      assert.equal(reply.body.scimType, 'invalidFilter');
    }
  });

  it('still answers correctly past the number of filters it keeps', async () => {
    const mock = createScimMock();
    const ada = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    for (let i = 0; i < 1_050; i++) await callMock(mock, 'GET', `/Users?${query(`userName eq "nobody-${i}"`)}`);
    assert.deepEqual((await callMock(mock, 'GET', `/Users?${query('userName eq "ADA"')}`)).body.Resources.map((r: { id: string }) => r.id), [ada.body.id]);
    assert.equal((await callMock(mock, 'GET', `/Users?${query('userName eq "nobody-3"')}`)).body.totalResults, 0);
  });
});
