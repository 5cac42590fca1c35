import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startScimmyServer } from './start-scimmy-server.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

test('the SCIMMY glue serves on loopback behind its token, keeps users, refuses a duplicate userName, and drops a deleted user from its groups', async () => {
  const server = await startScimmyServer({ token: 'glue-token' });
  const call = (method: string, path: string, body?: unknown, token = 'glue-token') =>
    fetch(`${server.url}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    assert.equal((await call('GET', '/Users', undefined, 'wrong')).status, 401);

    const created = await call('POST', '/Users', { schemas: [USER], userName: 'Ada@Example.com' });
    assert.equal(created.status, 201);
    const user = (await created.json()) as { id: string; meta: { created: string; location: string } };
    assert.ok(user.id && user.meta.created);
    assert.equal(user.meta.location, `${server.url}/Users/${user.id}`);

    const duplicate = await call('POST', '/Users', { schemas: [USER], userName: 'ada@example.com' });
    assert.equal(duplicate.status, 409);
    assert.equal(((await duplicate.json()) as { scimType: string }).scimType, 'uniqueness');

    const group = (await (await call('POST', '/Groups', { schemas: [GROUP], displayName: 'G', members: [{ value: user.id }] })).json()) as { id: string };
    assert.equal((await call('DELETE', `/Users/${user.id}`)).status, 204);
    assert.equal((await call('GET', `/Users/${user.id}`)).status, 404);
    const after = (await (await call('GET', `/Groups/${group.id}`)).json()) as { members?: unknown[] };
    assert.deepEqual(after.members ?? [], []);

    await assert.rejects(startScimmyServer(), /one server per process/);
  } finally {
    await server.close();
  }
});
