import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildScenario } from './build-scenario.ts';
import type { RecordedExchange } from './exchange.ts';

const TOKEN = 'sekret-token-123456';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

function headers(extra: Array<[string, string]> = []): Array<[string, string]> {
  return [['Host', 'tunnel.example'], ['Authorization', `Bearer ${TOKEN}`], ['ADSCIMVersion', '5.0'], ['Cookie', 'sid=abc123'], ['X-Forwarded-For', '203.0.113.9'], ['Content-Length', '10'], ...extra];
}
function exchange(method: string, url: string, body: unknown, status: number, response?: unknown): RecordedExchange {
  return {
    method,
    url,
    headers: headers(),
    body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
    response: { status, statusText: '', headers: [['Content-Type', 'application/scim+json']], body: response === undefined ? '' : JSON.stringify(response) },
  };
}
const user = (id: string, userName: string) => ({ schemas: [USER], id, userName, meta: { resourceType: 'User' } });

const SESSION: RecordedExchange[] = [
  exchange('GET', '/scim/Users?filter=userName+eq+%2212345678-1234-1234-1234-1234567890ab%22', undefined, 200, { schemas: [LIST], totalResults: 0, Resources: [] }),
  exchange('GET', '/scim/Users?filter=userName+eq+%22Test.User%40acme.com%22', undefined, 200, { schemas: [LIST], totalResults: 1, Resources: [user('7', 'Test.User@acme.com')] }),
  exchange('PATCH', '/scim/Users/7', { schemas: [PATCH], Operations: [
    { op: 'Replace', path: 'name.givenName', value: 'Testy' },
    { op: 'Replace', path: 'emails[type eq "work"].value', value: 'testy.user@acme.com' },
    { op: 'Add', path: 'name.formatted', value: 'Testy User' },
  ] }, 204),
  exchange('POST', '/scim/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Sales Team', members: [{ value: '7', display: 'Test User' }] }, 201, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g-99', displayName: 'Sales Team' }),
  exchange('PATCH', '/scim/Groups/g-99', { schemas: [PATCH], Operations: [{ op: 'remove', path: 'members[value eq "7"]' }] }, 204),
  exchange('GET', '/scim/Groups?filter=displayName%20eq%20%22Sales%20Team%22', undefined, 404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' }),
  exchange('POST', '/scim/Users', '{"userName": "jo@acme.com", "name": {"givenName":"Jo","familyName":"User"}, "phoneNumbers":[{"value":"+15551234567"}]}', 201, user('8', 'jo@acme.com')),
  exchange('PUT', '/scim/Users/8', { schemas: [USER], userName: 'jo@acme.com', name: { givenName: 'Jo', familyName: 'User' }, emails: [{ type: 'work', value: 'jo@acme.com' }] }, 200, user('8', 'jo@acme.com')),
  exchange('GET', '/health', undefined, 200),
];

test('credentials leave the recording: Authorization becomes {{auth}}, Cookie and tunnel headers are dropped, the token appears nowhere', () => {
  const { scenario } = buildScenario(SESSION, { upstream: 'http://127.0.0.1:9/scim' });
  const text = JSON.stringify(scenario);
  assert.ok(!text.includes(TOKEN) && !text.includes('abc123') && !text.includes('203.0.113.9'));
  assert.deepEqual(scenario.steps[0]!.request.headers, { Authorization: '{{auth}}', ADSCIMVersion: '5.0' });
});

test('personal values become consistent placeholders, with the filter matching the query encoding', () => {
  const { scenario } = buildScenario(SESSION, { upstream: 'http://127.0.0.1:9/scim' });
  const text = JSON.stringify(scenario);
  for (const value of ['Test.User', 'Testy', 'testy.user', 'Sales', 'jo@acme.com', '"Jo"', '5551234567']) assert.ok(!text.includes(value), `${value} is still in the recording`);
  const [probe, lookup, update, group, , groupLookup, create] = scenario.steps;
  assert.equal(probe!.request.query, 'filter=userName+eq+%22{{guid1}}%22', 'a GUID the IdP invented becomes {{guidN}}, needing no encoding filter');
  assert.equal(lookup!.request.query, 'filter=userName+eq+%22{{user1.userName|form}}%22');
  assert.equal(groupLookup!.request.query, 'filter=displayName%20eq%20%22{{group1.displayName|url}}%22');
  const ops = (update!.request.body as { Operations: Array<{ value: string }> }).Operations;
  assert.deepEqual(ops.map((op) => op.value), ['{{user1.givenName}}', '{{user1.email}}', '{{user1.givenName}} {{user3.familyName}}'], 'a surname revealed later is replaced in earlier steps too');
  assert.equal((group!.request.body as { displayName: string }).displayName, '{{group1.displayName}}');
  assert.equal(create!.request.rawBody, '{"userName": "{{user3.userName}}", "name": {"givenName":"{{user3.givenName}}","familyName":"{{user3.familyName}}"}, "phoneNumbers":[{"value":"{{user3.phone}}"}]}', 'a body whose bytes are not compact JSON keeps its layout');
  const put = scenario.steps[7]!.request;
  assert.equal(put.path, '/Users/{{user3Id}}');
  assert.deepEqual(put.body, { schemas: [USER], userName: '{{user3.userName}}', name: { givenName: '{{user3.givenName}}', familyName: '{{user3.familyName}}' }, emails: [{ type: 'work', value: '{{user3.email}}' }] }, 'the surname "User" must not rewrite the schema URN; the same value as userName in emails is the email');
});

test('server ids become captures at the step that returned them, and every later use refers to the capture', () => {
  const { scenario } = buildScenario(SESSION, { upstream: 'http://127.0.0.1:9/scim' });
  const [, lookup, update, group, groupPatch] = scenario.steps;
  assert.deepEqual(lookup!.capture, { user1Id: '/Resources/0/id' });
  assert.equal(update!.request.path, '/Users/{{user1Id}}');
  assert.deepEqual(group!.capture, { group1Id: '/id' });
  assert.deepEqual((group!.request.body as { members: unknown[] }).members, [{ value: '{{user1Id}}', display: '{{user2.displayName}}' }]);
  assert.equal(groupPatch!.request.path, '/Groups/{{group1Id}}');
  assert.deepEqual((groupPatch!.request.body as { Operations: unknown[] }).Operations, [{ op: 'remove', path: 'members[value eq "{{user1Id}}"]' }]);
  assert.equal(scenario.steps[0]!.capture, undefined, 'an empty list captures nothing');
});

test('each step expects the recorded status and the schema its path implies; creates check /id; requests outside the base path are left out', () => {
  const { scenario, warnings } = buildScenario(SESSION, { upstream: 'http://127.0.0.1:9/scim', name: 'okta-push', idp: 'okta-live', date: new Date('2026-01-02T00:00:00Z') });
  assert.equal(scenario.steps.length, 8);
  assert.deepEqual(scenario.steps.map((s) => [s.expect.status, s.expect.schema]), [[200, 'ListResponse'], [200, 'ListResponse'], [204, undefined], [201, 'Group'], [204, undefined], [404, 'Error'], [201, 'User'], [200, 'User']]);
  assert.deepEqual(scenario.steps[3]!.expect.body?.map((c) => [c.pointer, c.exists]), [['/id', true]]);
  assert.deepEqual(scenario.steps[0]!.expect.mediaType, { is: 'application/scim+json', severity: 'warning' });
  assert.equal(scenario.id, 'okta-push');
  assert.equal(scenario.idp, 'okta-live');
  assert.equal(scenario.operation, 'protocol');
  assert.equal(scenario.source.reference, 'recorded by scim-conformance record from 127.0.0.1:9 on 2026-01-02');
  assert.ok(warnings.some((w) => w.startsWith('GET /health is outside /scim')));
});

test('a recorded body that does not fit the schema is not schema-checked, so the server passes its own recording', () => {
  const quirky = [exchange('POST', '/scim/Users', { userName: 'ann@acme.com' }, 201, { id: 'u1', userName: 'ann@acme.com' })];
  const { scenario } = buildScenario(quirky, { upstream: 'http://127.0.0.1:9/scim' });
  assert.equal(scenario.steps[0]!.expect.schema, undefined);
  assert.match(scenario.source.notes ?? '', /step 1: the recorded 201 body is not a valid SCIM User/);
});
