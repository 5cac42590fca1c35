// The README's example, kept as a test so it cannot rot: a small SCIM client tested against the mock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createScimMock } from 'scim-conformance/mocks';

/** The client under test: provisions a user the way a custom integration might. */
async function provisionUser(baseUrl: string, token: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/Users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
    body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: email, active: true }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return (await response.json()).id;
}

test('a SCIM client tested against the mock: the user is stored and the client broke no RFC rule', async () => {
  const mock = createScimMock({ baseUrl: 'https://scim.example.test/scim/v2', credentials: { token: 't0ken' } });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const id = await provisionUser('https://scim.example.test/scim/v2', 't0ken', 'ada@example.com');
    assert.equal(mock.store.get('User', id)?.userName, 'ada@example.com');
    assert.deepEqual(mock.violations(), []);
    assert.equal(mock.requests().length, 1);
  } finally {
    server.close();
  }
});

test('the same mock with a fault switched on shows how the client copes', async () => {
  const mock = createScimMock({ baseUrl: 'https://scim.example.test/scim/v2', faults: ['create-returns-200'] });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await assert.rejects(provisionUser('https://scim.example.test/scim/v2', 'any', 'bob@example.com'), /create failed: 200/);
  } finally {
    server.close();
  }
});
