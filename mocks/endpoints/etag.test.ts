import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

describe('ETag, If-Match, If-None-Match (RFC 7644 §3.14)', () => {
  it('GET with a matching If-None-Match answers 304; a stale one 200', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const etag = user.headers.get('etag')!;
    assert.equal((await callMock(mock, 'GET', `/Users/${user.body.id}`, { headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal((await callMock(mock, 'GET', `/Users/${user.body.id}`, { headers: { 'If-None-Match': 'W/"0"' } })).status, 200);
  });

  it('PUT, PATCH and DELETE with a stale If-Match answer 412; the current one succeeds', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const path = `/Users/${user.body.id}`;
    const first = user.headers.get('etag')!;
    const put = await callMock(mock, 'PUT', path, { body: userBody('ada', { title: 'x' }), headers: { 'If-Match': first } });
    assert.equal(put.status, 200);
    const patchBody = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'title', value: 'y' }] };
    assert.equal((await callMock(mock, 'PATCH', path, { body: patchBody, headers: { 'If-Match': first } })).status, 412);
    assert.equal((await callMock(mock, 'DELETE', path, { headers: { 'If-Match': first } })).status, 412);
    assert.equal((await callMock(mock, 'PUT', path, { body: userBody('ada'), headers: { 'If-Match': first } })).status, 412);
    assert.equal((await callMock(mock, 'PATCH', path, { body: patchBody, headers: { 'If-Match': put.headers.get('etag')! } })).status, 200);
    assert.equal((await callMock(mock, 'DELETE', path, { headers: { 'If-Match': '*' } })).status, 204);
  });

  it('a PATCH that changes nothing keeps the version', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    const same = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, {
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: true }] },
    });
    assert.equal(same.headers.get('etag'), user.headers.get('etag'));
  });
});
