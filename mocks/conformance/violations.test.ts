import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

const rules = (mock: ReturnType<typeof createScimMock>) => mock.violations().map((v) => v.rule);

describe('client-side conformance: recorded requests and violations', () => {
  it('records method, url, headers, body and status of every request', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    await callMock(mock, 'GET', '/Users/nope');
    const [post, get] = mock.requests();
    assert.equal(post?.method, 'POST');
    assert.equal(post?.url, `${mock.baseUrl}/Users`);
    assert.equal(post?.headers['content-type'], 'application/scim+json');
    assert.equal(JSON.parse(post!.body).userName, 'ada');
    assert.equal(post?.status, 201);
    assert.equal(get?.status, 404);
    assert.deepEqual(mock.violations(), []);
  });

  it('flags a missing request media type with its RFC section', async () => {
    const mock = createScimMock();
    await mock.handle(new Request(`${mock.baseUrl}/Users`, { method: 'POST', body: new Blob([JSON.stringify(userBody('a'))]) }));
    const [violation] = mock.violations();
    assert.equal(violation?.rule, 'request-media-type');
    assert.equal(violation?.rfc, 'RFC 7644 §3.1, §8.1');
    assert.equal(violation?.seq, 1);
  });

  it('flags a malformed PatchOp: capitalised op, missing PatchOp URN, remove without path', async () => {
    const mock = createScimMock();
    const user = await callMock(mock, 'POST', '/Users', { body: userBody('a') });
    await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: { Operations: [{ op: 'Replace', path: 'active', value: 'False' }] } });
    await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'remove' }] } });
    assert.deepEqual(rules(mock), ['patch-op', 'patch-op-case', 'patch-op']);
    assert.ok(mock.violations().every((v) => v.rfc === 'RFC 7644 §3.5.2'));
  });

  it('flags an unknown schema URN, an undeclared extension, missing required attributes and unknown attributes', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:example:unknown'],
        userName: 'a',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'R&D' },
        favouriteColour: 'blue',
      },
    });
    await callMock(mock, 'POST', '/Users', { body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] } });
    assert.deepEqual(rules(mock), ['unknown-schema', 'extension-not-declared', 'unknown-attribute', 'missing-required-attribute']);
  });

  it('reset() empties the store and the log', async () => {
    const mock = createScimMock();
    await callMock(mock, 'POST', '/Users', { body: { ...userBody('a'), schemas: undefined } });
    mock.reset();
    assert.deepEqual([mock.requests().length, mock.violations().length, mock.store.count('User')], [0, 0, 0]);
  });

  it('reports each answered request and its violations to onRequest', async () => {
    const seen: string[] = [];
    const mock = createScimMock({ onRequest: (entry, violations) => seen.push(`${entry.status}:${violations.map((v) => v.rule).join(',')}`) });
    await callMock(mock, 'POST', '/Users', { body: userBody('a', { shoeSize: 1 }) });
    assert.deepEqual(seen, ['201:unknown-attribute']);
  });

  it('keeps only the most recent maxRecordedRequests', async () => {
    const mock = createScimMock({ maxRecordedRequests: 3 });
    for (let i = 0; i < 10; i++) await callMock(mock, 'GET', '/Users');
    assert.deepEqual(mock.requests().map((r) => r.seq), [8, 9, 10]);
  });

  it('keeps nothing with maxRecordedRequests 0, and still reports each request and violation to onRequest', async () => {
    const seen: string[] = [];
    const mock = createScimMock({ maxRecordedRequests: 0, onRequest: (entry, violations) => seen.push(`${entry.seq}:${violations.map((v) => v.rule).join(',')}`) });
    await callMock(mock, 'POST', '/Users', { body: userBody('a', { shoeSize: 1 }) });
    for (let i = 0; i < 3; i++) await callMock(mock, 'GET', '/Users');
    assert.deepEqual(mock.requests(), []);
    assert.deepEqual(mock.violations(), []);
    assert.deepEqual(seen, ['1:unknown-attribute', '2:', '3:', '4:']);
  });
});
