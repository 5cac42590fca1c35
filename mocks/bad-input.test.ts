import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from './call-mock.ts';
import { createScimMock } from './create-scim-mock.ts';

const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

describe('bad input answers a 4xx SCIM error, never a 500', () => {
  const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string | undefined]> = [
    ['malformed JSON', () => callMock(createScimMock(), 'POST', '/Users', { body: '{"userName": ' }), 400, 'invalidSyntax'],
    ['an empty body', () => callMock(createScimMock(), 'POST', '/Users', { body: '' , headers: { 'Content-Type': 'application/scim+json' } }), 400, 'invalidSyntax'],
    ['a JSON array', () => callMock(createScimMock(), 'POST', '/Users', { body: '[]' }), 400, 'invalidSyntax'],
    ['text/plain', () => callMock(createScimMock(), 'POST', '/Users', { body: JSON.stringify(userBody('a')), headers: { 'Content-Type': 'text/plain' } }), 415, undefined],
    ['a body over the size limit', () => callMock(createScimMock({ maxBodyBytes: 100 }), 'POST', '/Users', { body: userBody('a'.repeat(200)) }), 413, undefined],
    ['JSON nested 65 levels', () => callMock(createScimMock(), 'POST', '/Users', { body: `{"userName":"a","x":${'['.repeat(65)}${']'.repeat(65)}}` }), 400, 'invalidSyntax'],
    ['JSON nested 100000 levels', () => callMock(createScimMock(), 'POST', '/Users', { body: '['.repeat(100_000) }), 400, 'invalidSyntax'],
    ['a lone surrogate', () => callMock(createScimMock(), 'POST', '/Users', { body: '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a\\ud800"}' }), 400, 'invalidValue'],
    ['a NUL character', () => callMock(createScimMock(), 'POST', '/Users', { body: '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a\\u0000b"}' }), 400, 'invalidValue'],
    ['an invalid filter', () => callMock(createScimMock(), 'GET', '/Users?filter=userName%20zz%20%22a%22'), 400, 'invalidFilter'],
    ['a filter nested 100000 parentheses deep', () => callMock(createScimMock(), 'GET', `/Users?filter=${encodeURIComponent('('.repeat(100_000))}`), 400, 'invalidFilter'],
    ['a filter of 20000 and-ed terms', () => callMock(createScimMock(), 'GET', `/Users?filter=${encodeURIComponent('userName pr and '.repeat(20_000) + 'userName pr')}`), 400, 'invalidFilter'],
    ['a missing userName', () => callMock(createScimMock(), 'POST', '/Users', { body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] } }), 400, 'invalidValue'],
    ['a wrongly typed attribute', () => callMock(createScimMock(), 'POST', '/Users', { body: userBody('a', { active: 'maybe' }) }), 400, 'invalidValue'],
    ['malformed percent-encoding in the path', () => callMock(createScimMock(), 'GET', '/Users/%E0%A4%A'), 400, 'invalidPath'],
    ['a PatchOp without Operations', async () => {
      const mock = createScimMock();
      const user = await callMock(mock, 'POST', '/Users', { body: userBody('a') });
      return callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] } });
    }, 400, undefined],
  ];
  for (const [label, send, status, scimType] of cases) {
    it(`${label}: ${status}${scimType ? ` ${scimType}` : ''}`, async () => {
      const reply = await send();
      assert.equal(reply.status, status, JSON.stringify(reply.body));
      assert.deepEqual(reply.body.schemas, [ERROR_URN]);
      assert.equal(reply.body.status, String(status));
      if (scimType) assert.equal(reply.body.scimType, scimType);
    });
  }

  it('invalid UTF-8 bytes answer 400 invalidSyntax', async () => {
    const mock = createScimMock();
    const response = await mock.handle(
      new Request(`${mock.baseUrl}/Users`, { method: 'POST', headers: { 'Content-Type': 'application/scim+json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
    );
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { scimType: string }).scimType, 'invalidSyntax');
  });

  it('unknown attributes are stored without them and flagged, not rejected', async () => {
    const mock = createScimMock();
    const reply = await callMock(mock, 'POST', '/Users', { body: userBody('a', { shoeSize: 42 }) });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.shoeSize, undefined);
    assert.ok(mock.violations().some((v) => v.rule === 'unknown-attribute' && v.message.includes('shoeSize')));
  });

  it('a mock bug becomes a 500 SCIM Error recorded as an internal entry without violations', async () => {
    const mock = createScimMock({ newId: () => { throw new Error('boom'); } });
    const reply = await callMock(mock, 'POST', '/Users', { body: userBody('a') });
    assert.equal(reply.status, 500);
    assert.deepEqual(reply.body.schemas, [ERROR_URN]);
    const [entry] = mock.requests();
    assert.equal(entry?.status, 500);
    assert.match(entry?.internal ?? '', /boom/);
    assert.deepEqual(mock.violations(), []);
  });
});

describe('concurrency', () => {
  it('20 concurrent creates of one userName give exactly one 201 and nineteen 409', async () => {
    const mock = createScimMock();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => callMock(mock, 'POST', '/Users', { body: userBody(i % 2 ? 'SAME@example.com' : 'same@example.com') })));
    const statuses = replies.map((reply) => reply.status).sort();
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 409).length, 19);
    assert.equal(mock.store.count('User'), 1);
  });
});
