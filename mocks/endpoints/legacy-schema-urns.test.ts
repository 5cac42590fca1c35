import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScimMock } from '../create-scim-mock.ts';
import { callMock } from '../call-mock.ts';

test("OneLogin's pre-RFC URNs are read as RFC 7643 URNs, the extension data kept, and the client flagged", async () => {
  const mock = createScimMock();
  const reply = await callMock(mock, 'POST', '/Users', {
    body: {
      schemas: ['urn:scim:schemas:core:2.0', 'urn:scim:schemas:extension:enterprise:2.0'],
      userName: 'onelogin-test-user01',
      name: { familyName: ' User 01', givenName: 'AAA Test' },
      'urn:scim:schemas:extension:enterprise:2.0': { department: 'Sales' },
    },
  });
  assert.equal(reply.status, 201);
  assert.deepEqual(reply.body.schemas, ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User']);
  assert.equal(reply.body['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].department, 'Sales');
  const rules = mock.violations().map((v) => v.rule);
  assert.equal(rules.filter((r) => r === 'legacy-schema-urn').length, 2);
});

test('a body with only unknown URNs is still refused: the core schema is required', async () => {
  const mock = createScimMock();
  const reply = await callMock(mock, 'POST', '/Users', { body: { schemas: ['urn:example:nothing'], userName: 'x' } });
  assert.equal(reply.status, 400);
  assert.equal(reply.body.scimType, 'invalidSyntax');
});
