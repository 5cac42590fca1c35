import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';
import { listResponseJson } from './rendered-json.ts';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('rendered resources kept as JSON until the next write', () => {
  it('a GET after a PATCH of the user shows the new value and version', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const path = `/Users/${user.body.id}`;
    const before = await callMock(mock, 'GET', path);
    assert.equal((await callMock(mock, 'GET', path)).text, before.text, 'the same text while nothing was written');
    await callMock(mock, 'PATCH', path, { body: { schemas: [PATCH], Operations: [{ op: 'replace', path: 'title', value: 'Dr' }] } });
    const after = await callMock(mock, 'GET', path);
    assert.equal(after.body.title, 'Dr');
    assert.notEqual(after.body.meta.version, before.body.meta.version);
    assert.equal(after.headers.get('etag'), after.body.meta.version);
  });

  it("a write to another resource (a group gaining the user) shows in the user's groups, by id and by filter", async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const path = `/Users/${user.body.id}`;
    const filter = `/Users?filter=${encodeURIComponent('userName eq "ada"')}`;
    assert.equal((await callMock(mock, 'GET', path)).body.groups, undefined);
    assert.equal((await callMock(mock, 'GET', filter)).body.Resources[0].groups, undefined);
    const group = await callMock(mock, 'POST', '/Groups', {
      body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Admins', members: [{ value: user.body.id }] },
    });
    assert.deepEqual((await callMock(mock, 'GET', path)).body.groups?.map((g: { value: string }) => g.value), [group.body.id]);
    assert.deepEqual((await callMock(mock, 'GET', filter)).body.Resources[0].groups?.map((g: { display: string }) => g.display), ['Admins']);
    await callMock(mock, 'DELETE', `/Groups/${group.body.id}`);
    assert.equal((await callMock(mock, 'GET', path)).body.groups, undefined, 'a removed group leaves the user');
  });

  it('a projection is rendered for its request, not taken from (nor put into) the kept text', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const path = `/Users/${user.body.id}`;
    const full = await callMock(mock, 'GET', path);
    const projected = await callMock(mock, 'GET', `${path}?attributes=userName`);
    assert.deepEqual(Object.keys(projected.body).sort(), ['id', 'schemas', 'userName']);
    assert.equal((await callMock(mock, 'GET', path)).text, full.text);
  });

  it('a GET answered from the kept text still sends Content-Location (meta.location); a projection without meta sends none', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const path = `/Users/${user.body.id}`;
    for (let i = 0; i < 2; i++) {
      const reply = await callMock(mock, 'GET', path);
      assert.equal(reply.headers.get('content-location'), reply.body.meta.location, `GET ${i + 1}`);
    }
    assert.equal((await callMock(mock, 'GET', `${path}?attributes=userName`)).headers.get('content-location'), null);
  });

  it('meta.location follows the address the client used', async () => {
    const mock = createScimMock({ baseUrl: 'http://127.0.0.1:4000/scim/v2' });
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const at = (origin: string) => mock.answer({ method: 'GET', url: `${origin}/scim/v2/Users/${user.body.id}`, headers: new Headers() });
    assert.match(JSON.parse((await at('http://127.0.0.1:4000')).body).meta.location, /^http:\/\/127\.0\.0\.1:4000\//);
    assert.match(JSON.parse((await at('http://localhost:4000')).body).meta.location, /^http:\/\/localhost:4000\//);
    assert.match(JSON.parse((await at('http://127.0.0.1:4000')).body).meta.location, /^http:\/\/127\.0\.0\.1:4000\//);
  });

  it('listResponseJson writes what JSON.stringify writes for the whole ListResponse', () => {
    const schemas = ['urn:ietf:params:scim:api:messages:2.0:ListResponse'];
    const resources = [{ id: 'a', name: { givenName: 'Ada "the first"' } }, { id: 'b', emails: [] }];
    const texts = resources.map((r) => JSON.stringify(r));
    assert.equal(listResponseJson({ totalResults: 12, itemsPerPage: 2, startIndex: 11 }, texts), JSON.stringify({ schemas, totalResults: 12, itemsPerPage: 2, startIndex: 11, Resources: resources }));
    assert.equal(listResponseJson({ totalResults: 0, itemsPerPage: 0, startIndex: 1 }, []), JSON.stringify({ schemas, totalResults: 0, itemsPerPage: 0, startIndex: 1, Resources: [] }));
    assert.equal(listResponseJson({ itemsPerPage: 1, startIndex: 1 }, ['{}']), JSON.stringify({ schemas, itemsPerPage: 1, startIndex: 1, Resources: [{}] }));
  });
});
