import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const bulkBody = (Operations: unknown[], extra: Record<string, unknown> = {}) => ({ schemas: [BULK], Operations, ...extra });

describe('POST /Bulk (RFC 7644 §3.7)', () => {
  it('ServiceProviderConfig advertises Bulk with its limits', async () => {
    const spc = await callMock(createScimMock(), 'GET', '/ServiceProviderConfig');
    assert.deepEqual(spc.body.bulk, { supported: true, maxOperations: 1000, maxPayloadSize: 1024 * 1024 });
  });

  it('runs POST, PATCH and DELETE in one request, each with its status as a string, location and version', async () => {
    const mock = createScimMock();
    const existing = await callMock(mock, 'POST', '/Users', { body: userBody('bob') });
    const res = await callMock(mock, 'POST', '/Bulk', {
      body: bulkBody([
        { method: 'POST', path: '/Users', bulkId: 'ada', data: userBody('ada') },
        { method: 'PATCH', path: `/Users/${existing.body.id}`, data: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'title', value: 'Lead' }] } },
        { method: 'DELETE', path: `/Users/${existing.body.id}` },
      ]),
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.schemas, ['urn:ietf:params:scim:api:messages:2.0:BulkResponse']);
    assert.deepEqual(res.body.Operations.map((op: { method: string; status: string }) => [op.method, op.status]), [['POST', '201'], ['PATCH', '200'], ['DELETE', '204']]);
    const [post] = res.body.Operations;
    assert.equal(post.bulkId, 'ada');
    assert.match(post.location, /\/scim\/v2\/Users\/[0-9a-f-]{36}$/);
    assert.match(post.version, /^W\/"\d+"$/);
    assert.equal(mock.store.count('User'), 1);
  });

  it('resolves bulkId references, also to a POST that comes later in the request', async () => {
    const mock = createScimMock();
    const res = await callMock(mock, 'POST', '/Bulk', {
      body: bulkBody([
        { method: 'POST', path: '/Groups', bulkId: 'team', data: { schemas: [GROUP], displayName: 'Team', members: [{ type: 'User', value: 'bulkId:ada' }] } },
        { method: 'POST', path: '/Users', bulkId: 'ada', data: userBody('ada') },
      ]),
    });
    assert.deepEqual(res.body.Operations.map((op: { bulkId: string; status: string }) => [op.bulkId, op.status]), [['ada', '201'], ['team', '201']]);
    const group = [...mock.store.values('Group')][0]!;
    const user = [...mock.store.values('User')][0]!;
    assert.equal((group['members'] as Array<{ value: string }>)[0]!.value, user.id);
  });

  it('answers a cycle of bulkId references with 409 for the operations it cannot resolve', async () => {
    const res = await callMock(createScimMock(), 'POST', '/Bulk', {
      body: bulkBody([
        { method: 'POST', path: '/Groups', bulkId: 'a', data: { schemas: [GROUP], displayName: 'A', members: [{ value: 'bulkId:b' }] } },
        { method: 'POST', path: '/Groups', bulkId: 'b', data: { schemas: [GROUP], displayName: 'B', members: [{ value: 'bulkId:a' }] } },
      ]),
    });
    assert.deepEqual(res.body.Operations.map((op: { status: string }) => op.status), ['409', '409']);
    assert.match(res.body.Operations[0].response.detail, /cycle/);
  });

  it('stops after failOnErrors errors and reports each failed operation with a SCIM Error', async () => {
    const mock = createScimMock();
    const res = await callMock(mock, 'POST', '/Bulk', {
      body: bulkBody([
        { method: 'PUT', path: '/Users/nope', data: userBody('x') },
        { method: 'POST', path: '/Users', data: userBody('no-bulk-id') },
        { method: 'POST', path: '/Users', bulkId: 'late', data: userBody('late') },
      ], { failOnErrors: 2 }),
    });
    assert.deepEqual(res.body.Operations.map((op: { status: string }) => op.status), ['404', '400']);
    assert.match(res.body.Operations[1].response.detail, /bulkId is REQUIRED for POST/);
    assert.equal(mock.store.count('User'), 0, 'the third operation never ran');
  });

  it('a request that is not a BulkRequest, or has too many operations, is a SCIM error, never a 500', async () => {
    const mock = createScimMock();
    const notBulk = await callMock(mock, 'POST', '/Bulk', { body: { schemas: [USER], Operations: [] } });
    assert.deepEqual([notBulk.status, notBulk.body.scimType], [400, 'invalidSyntax']);
    const many = Array.from({ length: 1001 }, (_, i) => ({ method: 'DELETE', path: `/Users/${i}` }));
    assert.equal((await callMock(mock, 'POST', '/Bulk', { body: bulkBody(many) })).status, 413);
    const junk = await callMock(mock, 'POST', '/Bulk', { body: bulkBody([null, { method: 'GET', path: '/Users' }, { method: 'POST', path: '/Bulk', bulkId: 'x', data: {} }]) });
    assert.equal(junk.status, 200);
    assert.deepEqual(junk.body.Operations.map((op: { status: string }) => op.status), ['400', '400', '400']);
  });

  it('profiles without Bulk, and the bulk-unsupported fault, say so and answer 501', async () => {
    for (const mock of [createScimMock({ profile: 'talkdesk' }), createScimMock({ faults: ['bulk-unsupported'] })]) {
      assert.equal((await callMock(mock, 'GET', '/ServiceProviderConfig')).body.bulk.supported, false);
      assert.equal((await callMock(mock, 'POST', '/Bulk', { body: bulkBody([]) })).status, 501);
    }
  });
});
