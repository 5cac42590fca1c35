import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

describe('discovery endpoints', () => {
  it('ServiceProviderConfig tells what the mock supports', async () => {
    const reply = await callMock(createScimMock({ maxResults: 500 }), 'GET', '/ServiceProviderConfig');
    assert.equal(reply.status, 200);
    const config = reply.body;
    assert.deepEqual(config.schemas, ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig']);
    assert.equal(config.patch.supported, true);
    assert.deepEqual(config.bulk, { supported: true, maxOperations: 1000, maxPayloadSize: 1024 * 1024 });
    assert.deepEqual(config.filter, { supported: true, maxResults: 500 });
    assert.equal(config.sort.supported, true);
    assert.equal(config.etag.supported, true);
    assert.ok(config.authenticationSchemes.some((scheme: { type: string }) => scheme.type === 'oauthbearertoken'));
  });

  it('ResourceTypes lists User and Group; /ResourceTypes/User returns one; unknown 404', async () => {
    const mock = createScimMock();
    const list = await callMock(mock, 'GET', '/ResourceTypes');
    assert.deepEqual(list.body.Resources.map((rt: { endpoint: string }) => rt.endpoint), ['/Users', '/Groups']);
    const user = await callMock(mock, 'GET', '/ResourceTypes/User');
    assert.equal(user.body.schema, 'urn:ietf:params:scim:schemas:core:2.0:User');
    assert.deepEqual(user.body.schemaExtensions, [
      { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false },
      { schema: 'urn:ietf:params:scim:schemas:extension:acme:2.0:User', required: false },
    ]);
    assert.equal((await callMock(mock, 'GET', '/ResourceTypes/Device')).status, 404);
  });

  it('Schemas lists User, Enterprise User, the custom acme extension and Group; /Schemas/{urn} returns the attributes', async () => {
    const mock = createScimMock();
    const list = await callMock(mock, 'GET', '/Schemas');
    assert.deepEqual(list.body.Resources.map((s: { id: string }) => s.id), [
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      'urn:ietf:params:scim:schemas:extension:acme:2.0:User',
      'urn:ietf:params:scim:schemas:core:2.0:Group',
    ]);
    const user = await callMock(mock, 'GET', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User');
    assert.equal(user.status, 200);
    assert.ok(user.body.attributes.some((a: { name: string; uniqueness: string }) => a.name === 'userName' && a.uniqueness === 'server'));
    assert.equal((await callMock(mock, 'GET', '/Schemas/urn:example:unknown')).status, 404);
  });

  it('talkdesk discovery has no Group schema and advertises the Talkdesk extension', async () => {
    const list = await callMock(createScimMock({ profile: 'talkdesk', rateLimit: false }), 'GET', '/Schemas');
    assert.deepEqual(list.body.Resources.map((s: { id: string }) => s.id), [
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User',
    ]);
  });

  it('a filter on a discovery endpoint answers 403', async () => {
    const reply = await callMock(createScimMock(), 'GET', '/Schemas?filter=id%20eq%20%22x%22');
    assert.equal(reply.status, 403);
  });

  it('/Me answers 501, an unknown endpoint 404, a wrong method 405 (GET /Bulk too)', async () => {
    const mock = createScimMock();
    assert.equal((await callMock(mock, 'GET', '/Me')).status, 501);
    assert.equal((await callMock(mock, 'GET', '/Bulk')).status, 405);
    assert.equal((await callMock(mock, 'GET', '/Devices')).status, 404);
    assert.equal((await callMock(mock, 'DELETE', '/Users')).status, 405);
  });
});
