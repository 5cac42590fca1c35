import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startIndependentServer, type IndependentServer } from './index.ts';

const TOKEN = 'independent-token';
const SCIM = 'application/scim+json; charset=utf-8';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

let server: IndependentServer;
before(async () => {
  server = await startIndependentServer();
});
after(() => server.close());

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(body !== undefined ? { 'Content-Type': SCIM } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

let seq = 0;
async function createUser(extra: Record<string, unknown> = {}) {
  const userName = `user${++seq}.${Date.now()}@example.com`;
  const res = await call('POST', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, name: { givenName: 'Ada', familyName: 'Lovelace' }, emails: [{ type: 'work', value: userName, primary: true }], active: true, ...extra });
  assert.equal(res.status, 201, JSON.stringify(res.json));
  return res.json as Record<string, any>;
}

const patch = (id: string, Operations: unknown[], resource = 'Users') => call('PATCH', `/${resource}/${id}`, { schemas: [PATCH_OP], Operations });

describe('independent SCIM server', () => {
  test('rejects missing or wrong credentials with a 401 SCIM Error, accepts any-case Bearer and the raw token', async () => {
    for (const headers of [{ Authorization: '' }, { Authorization: 'Bearer wrong' }, { Authorization: 'Basic aW5kZXBlbmRlbnQtdG9rZW4=' }]) {
      const res = await call('GET', '/Users', undefined, headers);
      assert.equal(res.status, 401);
      assert.deepEqual(res.json.schemas, [ERROR]);
      assert.equal(res.json.status, '401');
      assert.ok(res.json.detail);
      assert.equal(res.headers.get('content-type'), 'application/scim+json');
    }
    for (const auth of [`bearer ${TOKEN}`, `BEARER ${TOKEN}`, TOKEN]) assert.equal((await call('GET', '/Users', undefined, { Authorization: auth })).status, 200);
  });

  test('creates a user with 201, Location and meta, never returns the password, and answers 409 uniqueness for a case-variant userName', async () => {
    const user = await createUser({ password: 'S3cret!' });
    assert.ok(user.id);
    assert.equal(user.password, undefined);
    assert.equal(user.meta.resourceType, 'User');
    assert.equal(user.meta.location, `${server.url}/Users/${user.id}`);
    const fetched = await call('GET', `/Users/${user.id}`);
    assert.equal(fetched.json.password, undefined);
    assert.equal(fetched.json.userName, user.userName);
    const dup = await call('POST', '/Users', { userName: user.userName.toUpperCase() });
    assert.equal(dup.status, 409);
    assert.deepEqual([dup.json.schemas, dup.json.status, dup.json.scimType], [[ERROR], '409', 'uniqueness']);
  });

  test('stores a single object sent for a multi-valued attribute as a one-element array (OneLogin 1.1 template)', async () => {
    const res = await call('POST', '/Users', { userName: `one${Date.now()}@example.com`, emails: { value: 'one@example.com', type: 'work' } });
    assert.equal(res.status, 201);
    assert.deepEqual(res.json.emails, [{ value: 'one@example.com', type: 'work' }]);
  });

  test('the Location header of a create points at the created resource', async () => {
    const res = await call('POST', '/Users', { userName: `loc${Date.now()}@example.com` }, { 'Content-Type': 'application/json' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), `${server.url}/Users/${res.json.id}`);
    assert.equal((await call('GET', `/Users/${res.json.id}`)).status, 200);
  });

  test('filters userName case-insensitively whether spaces travel as + (Entra) or %20 (Okta)', async () => {
    const user = await createUser();
    const encoded = encodeURIComponent(user.userName.toUpperCase());
    for (const query of [`filter=userName+eq+%22${encoded}%22`, `filter=userName%20eq%20%22${encoded}%22&startIndex=1&count=100`, `filter=userName+eq+%22${encoded}%22&`]) {
      const res = await call('GET', `/Users?${query}`);
      assert.equal(res.status, 200, query);
      assert.equal(res.json.totalResults, 1, query);
      assert.equal(res.json.Resources[0].id, user.id, query);
    }
    const none = await call('GET', '/Users?filter=userName+eq+%22nobody%40example.com%22');
    assert.deepEqual([none.json.totalResults, none.json.Resources], [0, []]);
  });

  test('filters on externalId, id, emails[type eq "work"].value and "and" combinations; rejects other operators', async () => {
    const user = await createUser({ externalId: `ext-${seq}` });
    const hit = async (filter: string) => (await call('GET', `/Users?filter=${encodeURIComponent(filter)}`)).json.Resources.map((r: any) => r.id);
    assert.deepEqual(await hit(`externalId eq "${user.externalId}"`), [user.id]);
    assert.deepEqual(await hit(`externalId eq "${user.externalId.toUpperCase()}"`), [], 'externalId is caseExact');
    assert.deepEqual(await hit(`emails[type eq "work"].value eq "${user.userName}"`), [user.id]);
    assert.deepEqual(await hit(`id eq "${user.id}" and userName eq "${user.userName}"`), [user.id]);
    assert.deepEqual(await hit(`id eq "${user.id}" and userName eq "other"`), []);
    const bad = await call('GET', `/Users?filter=${encodeURIComponent('userName co "a"')}`);
    assert.deepEqual([bad.status, bad.json.scimType], [400, 'invalidFilter']);
  });

  test('pages lists with 1-based startIndex and count', async () => {
    for (let i = 0; i < 3; i++) await createUser();
    const all = (await call('GET', '/Users?count=200')).json;
    const page = (await call('GET', '/Users?startIndex=2&count=2')).json;
    assert.equal(page.totalResults, all.totalResults);
    assert.deepEqual([page.startIndex, page.itemsPerPage], [2, 2]);
    assert.deepEqual(page.Resources.map((r: any) => r.id), all.Resources.slice(1, 3).map((r: any) => r.id));
  });

  test('applies Entra "Replace" ops with "False" strings, filtered email paths and the enterprise manager', async () => {
    const user = await createUser();
    const res = await patch(user.id, [
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@example.com' },
      { op: 'Add', path: 'name.givenName', value: 'Grace' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'mgr-1' },
      { op: 'add', path: `${ENTERPRISE}:department`, value: 'Tech' },
    ]);
    assert.equal(res.status, 200);
    assert.equal(res.json.active, false);
    assert.equal(res.json.emails.find((e: any) => e.type === 'work').value, 'new@example.com');
    assert.deepEqual(res.json.name, { givenName: 'Grace', familyName: 'Lovelace' });
    assert.deepEqual(res.json[ENTERPRISE], { manager: { value: 'mgr-1' }, department: 'Tech' });
    assert.ok(res.json.schemas.includes(ENTERPRISE));
    const removed = await patch(user.id, [{ op: 'Remove', path: `${ENTERPRISE}:manager` }, { op: 'Replace', path: 'active', value: 'True' }]);
    assert.deepEqual(removed.json[ENTERPRISE], { department: 'Tech' });
    assert.equal(removed.json.active, true);
  });

  test('applies path-less replace with plain, dotted and URN-qualified keys (Okta deactivate, Entra aadOptscim062020)', async () => {
    const user = await createUser();
    assert.equal((await patch(user.id, [{ op: 'replace', value: { active: false } }])).json.active, false);
    const res = await patch(user.id, [{ op: 'replace', value: { displayName: 'Bjfe', 'name.givenName': 'Kkom', [`${ENTERPRISE}:employeeNumber`]: 'Aklq', id: 'ignored', password: 'ignored' } }]);
    assert.equal(res.status, 200);
    assert.deepEqual([res.json.id, res.json.displayName, res.json.name.givenName, res.json.name.familyName], [user.id, 'Bjfe', 'Kkom', 'Lovelace']);
    assert.equal(res.json[ENTERPRISE].employeeNumber, 'Aklq');
    assert.equal(res.json.password, undefined);
  });

  test('rejects unknown PATCH ops and non-boolean active without changing the user', async () => {
    const user = await createUser();
    const bad = await patch(user.id, [{ op: 'Replace', path: 'displayName', value: 'X' }, { op: 'move', path: 'active' }]);
    assert.deepEqual([bad.status, bad.json.scimType], [400, 'invalidSyntax']);
    const notBool = await patch(user.id, [{ op: 'replace', path: 'active', value: 'maybe' }]);
    assert.deepEqual([notBool.status, notBool.json.scimType], [400, 'invalidValue']);
    assert.equal((await call('GET', `/Users/${user.id}`)).json.displayName, undefined);
  });

  test('adds and removes group members by filter path and by value array (OneLogin), and excludes members on request', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const group = (await call('POST', '/Groups', { displayName: `Team ${seq}`, members: [{ value: a.id }] })).json;
    let res = await patch(group.id, [{ op: 'add', path: 'members', value: [{ value: b.id }, { value: c.id }, { value: a.id }] }], 'Groups');
    assert.deepEqual(res.json.members.map((m: any) => m.value), [a.id, b.id, c.id]);
    res = await patch(group.id, [{ op: 'remove', path: `members[value eq "${b.id}"]` }], 'Groups');
    assert.deepEqual(res.json.members.map((m: any) => m.value), [a.id, c.id]);
    res = await patch(group.id, [{ op: 'Remove', path: 'members', value: [{ value: a.id }] }], 'Groups');
    assert.deepEqual(res.json.members.map((m: any) => m.value), [c.id]);
    assert.deepEqual((await call('GET', `/Users/${c.id}`)).json.groups.map((g: any) => g.value), [group.id]);
    const listed = await call('GET', `/Groups?excludedAttributes=members&filter=displayName+eq+%22${encodeURIComponent(group.displayName)}%22`);
    assert.equal(listed.json.totalResults, 1);
    assert.equal(listed.json.Resources[0].members, undefined);
    assert.equal(listed.json.Resources[0].displayName, group.displayName);
  });

  test('PUT replaces the user, ignores id/meta/groups/password echoes and keeps active when omitted', async () => {
    const user = await createUser();
    await patch(user.id, [{ op: 'replace', path: 'active', value: false }]);
    const res = await call('PUT', `/Users/${user.id}`, { schemas: user.schemas, id: 'other-id', userName: user.userName, displayName: 'Replaced', password: 'x', groups: [{ value: 'g' }], meta: { created: 'then' } });
    assert.equal(res.status, 200);
    assert.deepEqual([res.json.id, res.json.displayName, res.json.active, res.json.password, res.json.groups, res.json.name], [user.id, 'Replaced', false, undefined, undefined, undefined]);
    assert.equal(res.json.meta.created, user.meta.created);
    const taken = await createUser();
    assert.equal((await call('PUT', `/Users/${user.id}`, { userName: taken.userName })).status, 409);
  });

  test('DELETE answers 204, then the user is gone (404 Error) and no longer a group member', async () => {
    const user = await createUser();
    const group = (await call('POST', '/Groups', { displayName: `Del ${seq}`, members: [{ value: user.id }] })).json;
    const res = await call('DELETE', `/Users/${user.id}`);
    assert.deepEqual([res.status, res.json], [204, undefined]);
    const gone = await call('GET', `/Users/${user.id}`);
    assert.deepEqual([gone.status, gone.json.status, gone.json.schemas], [404, '404', [ERROR]]);
    assert.equal((await call('GET', `/Groups/${group.id}`)).json.members, undefined);
  });

  test('answers bad input with SCIM errors instead of crashing', async () => {
    const malformed = await call('POST', '/Users', '{"userName": ');
    assert.deepEqual([malformed.status, malformed.json.scimType, malformed.json.status], [400, 'invalidSyntax', '400']);
    assert.equal((await call('POST', '/Users', { displayName: 'no userName' })).json.scimType, 'invalidValue');
    assert.equal((await call('POST', '/Users', 'x', { 'Content-Type': 'text/plain' })).status, 415);
    const unknown = await call('GET', '/Widgets');
    assert.deepEqual([unknown.status, unknown.json.schemas], [404, [ERROR]]);
    assert.equal((await call('GET', '/Users?filter=%E0%A4%A')).status, 400);
    assert.equal((await call('GET', '/Users')).status, 200, 'still serving after bad input');
  });

  test('serves ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const spc = (await call('GET', '/ServiceProviderConfig')).json;
    assert.deepEqual([spc.patch.supported, spc.filter, spc.sort.supported, spc.etag.supported, spc.bulk.supported, spc.changePassword.supported], [true, { supported: true, maxResults: 200 }, false, false, false, false]);
    assert.equal(spc.authenticationSchemes[0].type, 'oauthbearertoken');
    const types = (await call('GET', '/ResourceTypes')).json;
    assert.deepEqual(types.Resources.map((t: any) => t.endpoint), ['/Users', '/Groups']);
    const schemas = (await call('GET', '/Schemas')).json;
    assert.ok(schemas.Resources.some((s: any) => s.id === ENTERPRISE));
    assert.equal((await call('GET', `/Schemas/${ENTERPRISE}`)).json.name, 'EnterpriseUser');
  });

  test('records each request with its raw path+query, headers and body', async () => {
    const before = server.requests.length;
    const body = '{"userName":"rec@example.com"}';
    await call('POST', '/Users', body, { 'X-Probe': 'yes' });
    await call('GET', '/Users?filter=userName+eq+%22rec%40example.com%22');
    const [post, get] = server.requests.slice(before);
    assert.deepEqual([post!.method, post!.url, post!.body, post!.headers['x-probe'], post!.headers['content-type']], ['POST', '/scim/v2/Users', body, 'yes', SCIM]);
    assert.ok(post!.rawHeaders.includes('X-Probe') || post!.rawHeaders.includes('x-probe'));
    assert.deepEqual([get!.method, get!.url, get!.body], ['GET', '/scim/v2/Users?filter=userName+eq+%22rec%40example.com%22', '']);
  });
});

test('honours token, basePath and groups options', async () => {
  const custom = await startIndependentServer({ token: 'other', basePath: '/api/scim/', groups: false });
  try {
    assert.match(custom.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/scim$/);
    const get = (path: string, token: string) => fetch(custom.url + path, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal((await get('/Users', 'other')).status, 200);
    assert.equal((await get('/Users', TOKEN)).status, 401);
    assert.equal((await get('/Groups', 'other')).status, 404);
    assert.equal(custom.requests.length, 3);
  } finally {
    await custom.close();
  }
});
