import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock } from './call-mock.ts';
import { createScimMock } from './create-scim-mock.ts';

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

describe('authentication', () => {
  const mock = createScimMock({ credentials: { token: 'tok-123', basic: { username: 'scim', password: 'pw' } } });
  const status = async (authorization?: string) =>
    (await callMock(mock, 'GET', '/Users', { headers: authorization === undefined ? {} : { Authorization: authorization } })).status;

  for (const [label, header] of [['Bearer', 'Bearer tok-123'], ['lower-case bearer (CX)', 'bearer tok-123'], ['the bare token (Okta Header mode)', 'tok-123'], ['Basic', basic('scim:pw')]] as const) {
    it(`accepts ${label}`, async () => assert.equal(await status(header), 200));
  }

  for (const [label, header] of [['no header', undefined], ['a wrong token', 'Bearer nope'], ['wrong Basic password', basic('scim:nope')], ['an empty Bearer', 'Bearer ']] as const) {
    it(`answers 401 with a SCIM Error for ${label}`, async () => assert.equal(await status(header), 401));
  }

  it('the 401 body is a SCIM Error and the request is not processed', async () => {
    const reply = await callMock(mock, 'POST', '/Users', { body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'x' } });
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
    assert.equal(reply.body.status, '401');
    assert.equal(mock.store.count('User'), 0);
  });

  it('without credentials every request is accepted', async () => {
    assert.equal((await callMock(createScimMock(), 'GET', '/Users')).status, 200);
  });

  it('records the Authorization scheme but never the credential', async () => {
    await status('Bearer tok-123');
    const recorded = mock.requests().at(-1)!;
    assert.equal(recorded.headers['authorization'], 'Bearer [redacted]');
    assert.ok(!JSON.stringify(mock.requests()).includes('tok-123'));
  });
});
