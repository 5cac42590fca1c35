import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { callMock, groupBody, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { FAULT_LIST, FAULTS } from './registry.ts';
import { compareFault, patchBody } from './fault-probe.ts';

const filterQuery = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;

async function createUser(mock: ScimMock, userName = 'Ada@Example.com', extra: Record<string, unknown> = {}) {
  const reply = await callMock(mock, 'POST', '/Users', { body: userBody(userName, extra) });
  assert.ok(reply.status === 201 || reply.status === 200, `create failed: ${reply.text}`);
  return reply;
}

const tested = new Set<string>();
function faultTest(id: string, name: string, body: () => Promise<void>) {
  tested.add(id);
  it(`${id}: ${name}`, body);
}

describe('fault switches', () => {
  faultTest('case-sensitive-username-filter', 'userName eq in another case finds nothing', async () => {
    const { normal, faulty } = await compareFault('case-sensitive-username-filter', async (mock) => {
      await createUser(mock);
      return (await callMock(mock, 'GET', filterQuery('userName eq "ada@example.com"'))).body.totalResults;
    });
    assert.deepEqual([normal, faulty], [1, 0]);
  });

  faultTest('filter-404-when-empty', 'an empty filter result answers 404', async () => {
    const { normal, faulty } = await compareFault('filter-404-when-empty', async (mock) =>
      (await callMock(mock, 'GET', filterQuery('userName eq "nobody"'))).status,
    );
    assert.deepEqual([normal, faulty], [200, 404]);
  });

  faultTest('reject-capitalised-patch-ops', 'op "Replace" answers 400', async () => {
    const { normal, faulty } = await compareFault('reject-capitalised-patch-ops', async (mock) => {
      const user = await createUser(mock);
      return (await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'Replace', path: 'active', value: 'False' }) })).status;
    });
    assert.deepEqual([normal, faulty], [200, 400]);
  });

  faultTest('create-returns-200', 'POST answers 200', async () => {
    const { normal, faulty } = await compareFault('create-returns-200', async (mock) => (await createUser(mock)).status);
    assert.deepEqual([normal, faulty], [201, 200]);
  });

  faultTest('ignore-active-on-put', 'PUT active:false leaves the user active', async () => {
    const { normal, faulty } = await compareFault('ignore-active-on-put', async (mock) => {
      const user = await createUser(mock);
      return (await callMock(mock, 'PUT', `/Users/${user.body.id}`, { body: userBody('Ada@Example.com', { active: false }) })).body.active;
    });
    assert.deepEqual([normal, faulty], [false, true]);
  });

  faultTest('error-without-scim-schema', 'error bodies lack the SCIM Error schema', async () => {
    const { normal, faulty } = await compareFault('error-without-scim-schema', async (mock) => (await callMock(mock, 'GET', '/Users/missing')).body);
    assert.deepEqual(normal.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
    assert.equal(faulty.schemas, undefined);
    assert.equal(typeof faulty.message, 'string');
  });

  faultTest('error-status-as-number', 'error status is a number', async () => {
    const { normal, faulty } = await compareFault('error-status-as-number', async (mock) => (await callMock(mock, 'GET', '/Users/missing')).body.status);
    assert.deepEqual([normal, faulty], ['404', 404]);
  });

  faultTest('rate-limit-without-retry-after', 'every 5th request answers 429 without Retry-After', async () => {
    const { normal, faulty } = await compareFault('rate-limit-without-retry-after', async (mock) => {
      const replies = [];
      for (let i = 0; i < 5; i++) replies.push(await callMock(mock, 'GET', '/Users'));
      return replies.map((reply) => `${reply.status}${reply.headers.has('retry-after') ? '+retry' : ''}`);
    });
    assert.deepEqual(normal, ['200', '200', '200', '200', '200']);
    assert.deepEqual(faulty, ['200', '200', '200', '200', '429']);
  });

  faultTest('patch-ignores-pathless-replace', 'Okta deactivation answers 200 but the user stays active', async () => {
    const { normal, faulty } = await compareFault('patch-ignores-pathless-replace', async (mock) => {
      const user = await createUser(mock);
      const reply = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', value: { active: false } }) });
      return `${reply.status}:${(await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.active}`;
    });
    assert.deepEqual([normal, faulty], ['200:false', '200:true']);
  });

  faultTest('patch-rejects-filter-path', 'a value-filter path answers 400 invalidPath', async () => {
    const { normal, faulty } = await compareFault('patch-rejects-filter-path', async (mock) => {
      const user = await createUser(mock);
      const reply = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, {
        body: patchBody({ op: 'replace', path: 'emails[type eq "work"].value', value: 'new@example.com' }),
      });
      return `${reply.status}:${reply.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['200:', '400:invalidPath']);
  });

  faultTest('lowercases-username', 'the returned userName is lower-cased', async () => {
    const { normal, faulty } = await compareFault('lowercases-username', async (mock) => (await createUser(mock, 'Ada@Example.com')).body.userName);
    assert.deepEqual([normal, faulty], ['Ada@Example.com', 'ada@example.com']);
  });

  faultTest('no-etag', 'no ETag header, no meta.version, If-Match ignored', async () => {
    const { normal, faulty } = await compareFault('no-etag', async (mock) => {
      const user = await createUser(mock);
      const stale = await callMock(mock, 'PUT', `/Users/${user.body.id}`, { body: userBody('Ada@Example.com'), headers: { 'If-Match': 'W/"stale"' } });
      return { etag: user.headers.get('etag'), version: user.body.meta.version, stale: stale.status };
    });
    assert.match(normal.etag ?? '', /^W\//);
    assert.equal(normal.stale, 412);
    assert.deepEqual(faulty, { etag: null, version: undefined, stale: 200 });
  });

  faultTest('ignore-startindex', 'startIndex=2 still returns the first user', async () => {
    const { normal, faulty } = await compareFault('ignore-startindex', async (mock) => {
      await createUser(mock, 'a');
      await createUser(mock, 'b');
      return (await callMock(mock, 'GET', '/Users?startIndex=2&count=1')).body.Resources[0].userName;
    });
    assert.deepEqual([normal, faulty], ['b', 'a']);
  });

  faultTest('ignore-count', 'count=1 still returns every user', async () => {
    const { normal, faulty } = await compareFault('ignore-count', async (mock) => {
      await createUser(mock, 'a');
      await createUser(mock, 'b');
      return (await callMock(mock, 'GET', '/Users?count=1')).body.Resources.length;
    });
    assert.deepEqual([normal, faulty], [1, 2]);
  });

  faultTest('json-content-type', 'responses are application/json', async () => {
    const { normal, faulty } = await compareFault('json-content-type', async (mock) => (await callMock(mock, 'GET', '/Users')).headers.get('content-type'));
    assert.deepEqual([normal, faulty], ['application/scim+json', 'application/json']);
  });

  faultTest('delete-returns-200', 'DELETE answers 200', async () => {
    const { normal, faulty } = await compareFault('delete-returns-200', async (mock) => {
      const user = await createUser(mock);
      return (await callMock(mock, 'DELETE', `/Users/${user.body.id}`)).status;
    });
    assert.deepEqual([normal, faulty], [204, 200]);
  });

  faultTest('no-location-header', 'POST has no Location header', async () => {
    const { normal, faulty } = await compareFault('no-location-header', async (mock) => (await createUser(mock)).headers.has('location'));
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('groups-unsupported', '/Groups answers 404 and /ResourceTypes omits Group', async () => {
    const { normal, faulty } = await compareFault('groups-unsupported', async (mock) => ({
      groups: (await callMock(mock, 'POST', '/Groups', { body: groupBody('Ops') })).status,
      types: (await callMock(mock, 'GET', '/ResourceTypes')).body.Resources.map((rt: { name: string }) => rt.name),
      schema: (await callMock(mock, 'GET', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group')).status,
    }));
    assert.deepEqual(normal, { groups: 201, types: ['User', 'Group'], schema: 200 });
    assert.deepEqual(faulty, { groups: 404, types: ['User'], schema: 404 });
  });

  faultTest('bulk-unsupported', 'bulk.supported is false and POST /Bulk answers 501', async () => {
    const { normal, faulty } = await compareFault('bulk-unsupported', bulkProbe);
    assert.deepEqual(normal, { advertised: true, status: 200 });
    assert.deepEqual(faulty, { advertised: false, status: 501 });
  });

  faultTest('bulk-advertised-not-implemented', 'bulk.supported stays true but POST /Bulk answers 501', async () => {
    const { normal, faulty } = await compareFault('bulk-advertised-not-implemented', bulkProbe);
    assert.deepEqual(normal, { advertised: true, status: 200 });
    assert.deepEqual(faulty, { advertised: true, status: 501 });
  });

  faultTest('sort-unsupported', 'sort.supported is false and sortBy is ignored', async () => {
    const { normal, faulty } = await compareFault('sort-unsupported', sortProbe);
    assert.deepEqual(normal, { sort: true, order: ['a', 'b'] });
    assert.deepEqual(faulty, { sort: false, order: ['b', 'a'] });
  });

  faultTest('change-password-unsupported', 'ServiceProviderConfig says changePassword.supported false', async () => {
    const { normal, faulty } = await compareFault('change-password-unsupported', async (mock) => (await callMock(mock, 'GET', '/ServiceProviderConfig')).body.changePassword);
    assert.deepEqual([normal, faulty], [{ supported: true }, { supported: false }]);
  });

  faultTest('password-returned', 'the password comes back in responses', async () => {
    const { normal, faulty } = await compareFault('password-returned', async (mock) => (await createUser(mock, 'ada', { password: 'Tk9OX3NlY3JldA' })).body.password);
    assert.deepEqual([normal, faulty], [undefined, 'Tk9OX3NlY3JldA']);
  });

  faultTest('ignore-excluded-attributes', 'excludedAttributes=members still returns members', async () => {
    const { normal, faulty } = await compareFault('ignore-excluded-attributes', async (mock) => {
      const user = await createUser(mock);
      await callMock(mock, 'POST', '/Groups', { body: groupBody('Ops', [user.body.id]) });
      return (await callMock(mock, 'GET', '/Groups?excludedAttributes=members')).body.Resources[0].members?.length;
    });
    assert.deepEqual([normal, faulty], [undefined, 1]);
  });

  faultTest('auth-accepts-anything', 'a wrong token is accepted', async () => {
    const probe = async (faults: string[]) => {
      const mock = createScimMock({ credentials: { token: 'right' }, faults });
      return (await callMock(mock, 'GET', '/Users', { headers: { Authorization: 'Bearer wrong' } })).status;
    };
    assert.deepEqual([await probe([]), await probe(['auth-accepts-anything'])], [401, 200]);
  });

  faultTest('missing-total-results', 'ListResponse has no totalResults', async () => {
    const { normal, faulty } = await compareFault('missing-total-results', async (mock) => 'totalResults' in (await callMock(mock, 'GET', '/Users')).body);
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('deactivate-deletes-user', 'PATCH active:false makes the user 404', async () => {
    const { normal, faulty } = await compareFault('deactivate-deletes-user', async (mock) => {
      const user = await createUser(mock);
      const patch = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', value: { active: false } }) });
      return `${patch.status}:${(await callMock(mock, 'GET', `/Users/${user.body.id}`)).status}`;
    });
    assert.deepEqual([normal, faulty], ['200:200', '200:404']);
  });

  faultTest('spc-incomplete', 'ServiceProviderConfig lacks etag, sort and authenticationSchemes', async () => {
    const { normal, faulty } = await compareFault('spc-incomplete', async (mock) => {
      const spc = (await callMock(mock, 'GET', '/ServiceProviderConfig')).body;
      return ['etag', 'sort', 'authenticationSchemes', 'patch'].filter((member) => member in spc);
    });
    assert.deepEqual(normal, ['etag', 'sort', 'authenticationSchemes', 'patch']);
    assert.deepEqual(faulty, ['patch']);
  });

  faultTest('discovery-by-id-404', '/Schemas/{id} and /ResourceTypes/{name} answer 404, the lists still 200', async () => {
    const { normal, faulty } = await compareFault('discovery-by-id-404', async (mock) => [
      (await callMock(mock, 'GET', '/Schemas')).status,
      (await callMock(mock, 'GET', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User')).status,
      (await callMock(mock, 'GET', '/ResourceTypes/User')).status,
    ]);
    assert.deepEqual([normal, faulty], [[200, 200, 200], [200, 404, 404]]);
  });

  faultTest('patch-add-replaces-multi-valued', 'add of a home email drops the work email', async () => {
    const { normal, faulty } = await compareFault('patch-add-replaces-multi-valued', async (mock) => {
      const user = await createUser(mock, 'ada', { emails: [{ value: 'ada@work.example', type: 'work' }] });
      await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'add', path: 'emails', value: [{ value: 'ada@home.example', type: 'home' }] }) });
      return (await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.emails.map((e: { type: string }) => e.type);
    });
    assert.deepEqual([normal, faulty], [['work', 'home'], ['home']]);
  });

  faultTest('patch-noop-rejected', 'a replace with the current value and a remove of an absent attribute answer 400 noTarget', async () => {
    const { normal, faulty } = await compareFault('patch-noop-rejected', async (mock) => {
      const user = await createUser(mock, 'ada', { displayName: 'Ada' });
      const same = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', path: 'displayName', value: 'Ada' }) });
      const absent = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'remove', path: 'nickName' }) });
      const change = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', path: 'displayName', value: 'Ada L' }) });
      return [`${same.status}:${same.body.scimType ?? ''}`, `${absent.status}:${absent.body.scimType ?? ''}`, change.status];
    });
    assert.deepEqual([normal, faulty], [['200:', '200:', 200], ['400:noTarget', '400:noTarget', 200]]);
  });

  faultTest('username-case-sensitive', 'another case is another user: no 409, and userName eq misses it', async () => {
    const { normal, faulty } = await compareFault('username-case-sensitive', async (mock) => {
      await createUser(mock, 'Ada@Example.com');
      const again = await callMock(mock, 'POST', '/Users', { body: userBody('ADA@EXAMPLE.COM') });
      const found = (await callMock(mock, 'GET', filterQuery('userName eq "ada@example.com"'))).body.totalResults;
      return [again.status, found];
    });
    assert.deepEqual([normal, faulty], [[409, 1], [201, 0]]);
  });

  faultTest('filter-ignores-case-exact', 'externalId eq in another case still matches', async () => {
    const { normal, faulty } = await compareFault('filter-ignores-case-exact', async (mock) => {
      await createUser(mock, 'ada', { externalId: 'Ext-Ada' });
      return (await callMock(mock, 'GET', filterQuery('externalId eq "EXT-ADA"'))).body.totalResults;
    });
    assert.deepEqual([normal, faulty], [0, 1]);
  });

  faultTest('filter-only-eq', 'sw answers 400 invalidFilter naming it; a single eq still works', async () => {
    const { normal, faulty } = await compareFault('filter-only-eq', async (mock) => {
      await createUser(mock, 'ada');
      const sw = await callMock(mock, 'GET', filterQuery('userName sw "a"'));
      const eq = await callMock(mock, 'GET', filterQuery('userName eq "ada"'));
      return { sw: `${sw.status}:${sw.body.scimType ?? ''}`, eq: eq.body.totalResults, detail: sw.body.detail ?? '' };
    });
    assert.deepEqual([normal.sw, normal.eq], ['200:', 1]);
    assert.deepEqual([faulty.sw, faulty.eq], ['400:invalidFilter', 1]);
    assert.match(faulty.detail, /uses sw/);
  });

  faultTest('sort-ignored', 'sort.supported stays true but sortBy is ignored', async () => {
    const { normal, faulty } = await compareFault('sort-ignored', sortProbe);
    assert.deepEqual(normal, { sort: true, order: ['a', 'b'] });
    assert.deepEqual(faulty, { sort: true, order: ['b', 'a'] });
  });

  faultTest('startindex-below-one-rejected', 'startIndex=0 answers 400 instead of the first page', async () => {
    const { normal, faulty } = await compareFault('startindex-below-one-rejected', async (mock) => {
      await createUser(mock, 'a');
      const reply = await callMock(mock, 'GET', '/Users?startIndex=0');
      return `${reply.status}:${reply.body.startIndex ?? reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['200:1', '400:invalidValue']);
  });

  faultTest('ignore-attributes', 'attributes=userName still returns displayName, by GET and by .search', async () => {
    const { normal, faulty } = await compareFault('ignore-attributes', async (mock) => {
      const user = await createUser(mock, 'ada', { displayName: 'Ada' });
      const get = await callMock(mock, 'GET', `/Users/${user.body.id}?attributes=userName`);
      const search = await callMock(mock, 'POST', '/Users/.search', {
        body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], attributes: ['userName'] },
      });
      return [get.body.displayName, search.body.Resources[0].displayName];
    });
    assert.deepEqual([normal, faulty], [[undefined, undefined], ['Ada', 'Ada']]);
  });

  faultTest('count-above-max-rejected', 'a count above maxResults answers 400 tooMany instead of a capped page', async () => {
    const { normal, faulty } = await compareFault('count-above-max-rejected', async (mock) => {
      await createUser(mock, 'a');
      const reply = await callMock(mock, 'GET', '/Users?count=100000');
      return `${reply.status}:${reply.body.itemsPerPage ?? reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['200:1', '400:tooMany']);
  });

  faultTest('patch-requires-schemas', 'a PatchOp without schemas (authentik group PATCH) answers 400 instead of applying', async () => {
    const { normal, faulty } = await compareFault('patch-requires-schemas', async (mock) => {
      const group = await callMock(mock, 'POST', '/Groups', { body: groupBody('Eng') });
      const reply = await callMock(mock, 'PATCH', `/Groups/${group.body.id}`, { body: { Operations: [{ op: 'replace', value: { id: group.body.id, displayName: 'Eng 2' } }] } });
      return `${reply.status}:${reply.body.displayName ?? reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['200:Eng 2', '400:invalidSyntax']);
  });

  faultTest('patch-remove-members-clears-all', 'remove path members with a value array empties the group', async () => {
    const { normal, faulty } = await compareFault('patch-remove-members-clears-all', async (mock) => {
      const a = await createUser(mock, 'a');
      const b = await createUser(mock, 'b');
      const group = await callMock(mock, 'POST', '/Groups', { body: groupBody('Eng', [a.body.id, b.body.id]) });
      const reply = await callMock(mock, 'PATCH', `/Groups/${group.body.id}`, { body: patchBody({ op: 'remove', path: 'members', value: [{ value: a.body.id }] }) });
      return (reply.body.members ?? []).length;
    });
    assert.deepEqual([normal, faulty], [1, 0]);
  });

  faultTest('spc-bulk-without-max-operations', 'bulk is {"supported": false} with no maxOperations', async () => {
    const { normal, faulty } = await compareFault('spc-bulk-without-max-operations', async (mock) => (await callMock(mock, 'GET', '/ServiceProviderConfig')).body.bulk);
    assert.equal(typeof normal.maxOperations, 'number');
    assert.deepEqual(faulty, { supported: false });
  });

  faultTest('empty-200-on-write', 'PUT and PATCH answer 200 with an empty body', async () => {
    const { normal, faulty } = await compareFault('empty-200-on-write', async (mock) => {
      const user = await createUser(mock);
      const put = await callMock(mock, 'PUT', `/Users/${user.body.id}`, { body: userBody('Ada@Example.com', { active: false }) });
      const patch = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', path: 'active', value: true }) });
      return [put.status, put.text.length > 0, patch.status, patch.text.length > 0];
    });
    assert.deepEqual([normal, faulty], [[200, true, 200, true], [200, false, 200, false]]);
  });

  faultTest('user-delete-unsupported', 'DELETE /Users/{id} answers 405 and the user stays', async () => {
    const { normal, faulty } = await compareFault('user-delete-unsupported', async (mock) => {
      const user = await createUser(mock);
      const reply = await callMock(mock, 'DELETE', `/Users/${user.body.id}`);
      return [reply.status, (await callMock(mock, 'GET', `/Users/${user.body.id}`)).status];
    });
    assert.deepEqual([normal, faulty], [[204, 404], [405, 200]]);
  });

  faultTest('soft-delete-keeps-username', "a deleted user's userName cannot be used again", async () => {
    const { normal, faulty } = await compareFault('soft-delete-keeps-username', async (mock) => {
      const user = await createUser(mock);
      await callMock(mock, 'DELETE', `/Users/${user.body.id}`);
      const again = await callMock(mock, 'POST', '/Users', { body: userBody('ADA@example.com') });
      return `${again.status}:${again.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['201:', '409:uniqueness']);
  });

  faultTest('filter-operators-case-sensitive', 'username Eq (PingOne\'s documented template) answers 400', async () => {
    const { normal, faulty } = await compareFault('filter-operators-case-sensitive', async (mock) => {
      await createUser(mock);
      const reply = await callMock(mock, 'GET', filterQuery('username Eq "ada@example.com"'));
      return `${reply.status}:${reply.body.totalResults ?? reply.body.scimType}`;
    });
    assert.deepEqual([normal, faulty], ['200:1', '400:invalidFilter']);
  });

  faultTest('patch-lost-update', 'of concurrent membership PATCHes to one group only the last writer\'s member stays', async () => {
    const { normal, faulty } = await compareFault('patch-lost-update', async (mock) => {
      const ids = await Promise.all(['a', 'b', 'c'].map(async (name) => (await createUser(mock, name)).body.id as string));
      const group = (await callMock(mock, 'POST', '/Groups', { body: groupBody('g') })).body.id as string;
      const adds = await Promise.all(ids.map((value) => callMock(mock, 'PATCH', `/Groups/${group}`, { body: patchBody({ op: 'add', path: 'members', value: [{ value }] }) })));
      const members = (await callMock(mock, 'GET', `/Groups/${group}`)).body.members ?? [];
      return `${adds.map((r) => r.status).join(',')}:${members.length}`;
    });
    assert.deepEqual([normal, faulty], ['200,200,200:3', '200,200,200:1']);
  });

  faultTest('create-race', 'concurrent creates of one userName all answer 201', async () => {
    const { normal, faulty } = await compareFault('create-race', async (mock) => {
      const replies = await Promise.all([1, 2, 3].map(() => callMock(mock, 'POST', '/Users', { body: userBody('ada') })));
      return replies.map((r) => r.status).sort().join(',');
    });
    assert.deepEqual([normal, faulty], ['201,409,409', '201,201,201']);
  });

  faultTest('slow-writes', 'a write is answered 500 ms late, a read at once', async () => {
    const { normal, faulty } = await compareFault('slow-writes', async (mock) => {
      const started = performance.now();
      await createUser(mock, 'a');
      const write = performance.now() - started;
      const read = performance.now();
      await callMock(mock, 'GET', '/Users');
      return [write >= 450, performance.now() - read < 450];
    });
    assert.deepEqual([normal, faulty], [[false, true], [true, true]]);
  });

  faultTest('error-bursts', 'requests 46 to 50 of every 50 answer 503', async () => {
    const { normal, faulty } = await compareFault('error-bursts', async (mock) => {
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) statuses.push((await callMock(mock, 'GET', '/Users?count=1')).status);
      return statuses.map((status, i) => `${i + 1}:${status}`).filter((entry) => !entry.endsWith(':200'));
    });
    assert.deepEqual([normal, faulty], [[], ['46:503', '47:503', '48:503', '49:503', '50:503']]);
  });

  faultTest('no-service-provider-config', 'GET /ServiceProviderConfig answers 404; the rest of discovery is served', async () => {
    const { normal, faulty } = await compareFault('no-service-provider-config', async (mock) =>
      [(await callMock(mock, 'GET', '/ServiceProviderConfig')).status, (await callMock(mock, 'GET', '/ResourceTypes')).status],
    );
    assert.deepEqual([normal, faulty], [[200, 200], [404, 200]]);
  });

  faultTest('drop-group-external-id', "a group's externalId never comes back, on create or read", async () => {
    const { normal, faulty } = await compareFault('drop-group-external-id', async (mock) => {
      const created = await callMock(mock, 'POST', '/Groups', { body: { ...groupBody('Team'), externalId: 'ext-1' } });
      const read = await callMock(mock, 'GET', `/Groups/${created.body.id}`);
      return [created.status, created.body.externalId, read.body.externalId];
    });
    assert.deepEqual([normal, faulty], [[201, 'ext-1', 'ext-1'], [201, undefined, undefined]]);
  });

  faultTest('lowercase-emails', 'email values come back lower-cased (the normal mock lower-cases only the domain); userName keeps its case', async () => {
    const { normal, faulty } = await compareFault('lowercase-emails', async (mock) => {
      const created = await createUser(mock, 'Ada@Example.com');
      return [created.body.userName, created.body.emails[0].value];
    });
    assert.deepEqual([normal, faulty], [['Ada@Example.com', 'Ada@example.com'], ['Ada@Example.com', 'ada@example.com']]);
  });

  faultTest('filter-ignored-unless-eq', 'a co filter answers every user; a single eq still filters', async () => {
    const { normal, faulty } = await compareFault('filter-ignored-unless-eq', async (mock) => {
      await createUser(mock, 'ada');
      await createUser(mock, 'bob');
      const co = await callMock(mock, 'GET', filterQuery('userName co "ad"'));
      const eq = await callMock(mock, 'GET', filterQuery('userName eq "bob"'));
      return [co.body.totalResults, eq.body.totalResults];
    });
    assert.deepEqual([normal, faulty], [[1, 1], [2, 1]]);
  });

  faultTest('search-unsupported', 'POST /.search and /Users/.search answer 404; GET with a filter still works', async () => {
    const { normal, faulty } = await compareFault('search-unsupported', async (mock) => {
      await createUser(mock, 'ada');
      const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName eq "ada"' };
      return [(await callMock(mock, 'POST', '/.search', { body })).status, (await callMock(mock, 'POST', '/Users/.search', { body })).status, (await callMock(mock, 'GET', filterQuery('userName eq "ada"'))).status];
    });
    assert.deepEqual([normal, faulty], [[200, 200, 200], [404, 404, 200]]);
  });

  faultTest('unique-emails', 'a second user with a taken email (in another case) answers 409 uniqueness', async () => {
    const { normal, faulty } = await compareFault('unique-emails', async (mock) => {
      await createUser(mock, 'ada', { emails: [{ value: 'Shared@example.com', type: 'work' }] });
      const second = await callMock(mock, 'POST', '/Users', { body: userBody('bob', { emails: [{ value: 'shared@example.com', type: 'work' }] }) });
      return `${second.status}:${second.body.scimType ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['201:', '409:uniqueness']);
  });

  faultTest('server-assigns-external-id', 'a user created without externalId gets one', async () => {
    const { normal, faulty } = await compareFault('server-assigns-external-id', async (mock) => {
      const user = await createUser(mock, 'ada');
      return user.body.externalId === user.body.id;
    });
    assert.deepEqual([normal, faulty], [false, true]);
  });

  faultTest('keeps-client-id-and-meta', 'the id and meta.created the client sent are kept', async () => {
    const { normal, faulty } = await compareFault('keeps-client-id-and-meta', async (mock) => {
      const user = await createUser(mock, 'ada', { id: 'client-id', meta: { created: '1999-01-01T00:00:00Z' } });
      return [user.body.id === 'client-id', user.body.meta.created];
    });
    assert.equal(normal[0], false);
    assert.notEqual(normal[1], '1999-01-01T00:00:00Z');
    assert.deepEqual(faulty, [true, '1999-01-01T00:00:00Z']);
  });

  faultTest('no-www-authenticate', 'a 401 has no WWW-Authenticate header', async () => {
    const probe = async (faults: string[]) => {
      const reply = await callMock(createScimMock({ faults, credentials: { token: 't0k' } }), 'GET', '/Users');
      return `${reply.status}:${reply.headers.get('www-authenticate') ?? 'none'}`;
    };
    assert.deepEqual([await probe([]), await probe(['no-www-authenticate'])], ['401:Bearer realm="scim-mock"', '401:none']);
  });

  faultTest('patch-answers-204', 'PATCH with ?attributes answers 204 with no body', async () => {
    const { normal, faulty } = await compareFault('patch-answers-204', async (mock) => {
      const user = await createUser(mock, 'ada');
      const reply = await callMock(mock, 'PATCH', `/Users/${user.body.id}?attributes=displayName`, { body: patchBody({ op: 'replace', path: 'displayName', value: 'A' }) });
      return `${reply.status}:${reply.body?.displayName ?? ''}`;
    });
    assert.deepEqual([normal, faulty], ['200:A', '204:']);
  });

  faultTest('put-creates-missing', 'PUT to a deleted id creates a user', async () => {
    const { normal, faulty } = await compareFault('put-creates-missing', async (mock) => {
      const user = await createUser(mock, 'ada');
      await callMock(mock, 'DELETE', `/Users/${user.body.id}`);
      const put = await callMock(mock, 'PUT', `/Users/${user.body.id}`, { body: userBody('ada') });
      return `${put.status}:${(await callMock(mock, 'GET', filterQuery('userName eq "ada"'))).body.totalResults}`;
    });
    assert.deepEqual([normal, faulty], ['404:0', '201:1']);
  });

  faultTest('discovery-paginates', '/ResourceTypes?startIndex=2 leaves the first type out', async () => {
    const { normal, faulty } = await compareFault('discovery-paginates', async (mock) =>
      (await callMock(mock, 'GET', '/ResourceTypes?count=1&startIndex=2')).body.Resources.map((r: { name: string }) => r.name));
    assert.deepEqual([normal, faulty], [['User', 'Group'], ['Group']]);
  });

  faultTest('schemas-lists-messages', '/Schemas lists the ListResponse and Error message schemas', async () => {
    const { normal, faulty } = await compareFault('schemas-lists-messages', async (mock) =>
      (await callMock(mock, 'GET', '/Schemas')).body.Resources.map((r: { id: string }) => r.id).filter((id: string) => id.includes(':api:')));
    assert.deepEqual([normal, faulty], [[], ['urn:ietf:params:scim:api:messages:2.0:ListResponse', 'urn:ietf:params:scim:api:messages:2.0:Error']]);
  });

  faultTest('exclude-always-attributes', 'excludedAttributes=id removes the id', async () => {
    const { normal, faulty } = await compareFault('exclude-always-attributes', async (mock) => {
      const user = await createUser(mock, 'ada');
      return (await callMock(mock, 'GET', `/Users/${user.body.id}?excludedAttributes=id`)).body.id === user.body.id;
    });
    assert.deepEqual([normal, faulty], [true, false]);
  });

  faultTest('patch-ignores-remove', 'PATCH remove answers 200 and removes nothing', async () => {
    const { normal, faulty } = await compareFault('patch-ignores-remove', async (mock) => {
      const user = await createUser(mock, 'ada', { nickName: 'Adie' });
      const reply = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'remove', path: 'nickName' }) });
      return `${reply.status}:${(await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.nickName ?? 'none'}`;
    });
    assert.deepEqual([normal, faulty], ['200:none', '200:Adie']);
  });

  faultTest('patch-not-atomic', 'a failing PATCH keeps the change of its first operation', async () => {
    const { normal, faulty } = await compareFault('patch-not-atomic', async (mock) => {
      const user = await createUser(mock, 'ada', { displayName: 'Ada' });
      const reply = await callMock(mock, 'PATCH', `/Users/${user.body.id}`, {
        body: patchBody({ op: 'replace', path: 'displayName', value: 'Half' }, { op: 'remove', path: 'userName' }),
      });
      return `${reply.status}:${(await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.displayName}`;
    });
    assert.deepEqual([normal, faulty], ['400:Ada', '400:Half']);
  });

  faultTest('patch-replace-absent-ignored', 'replace of an attribute the user lacks changes nothing', async () => {
    const { normal, faulty } = await compareFault('patch-replace-absent-ignored', async (mock) => {
      const user = await createUser(mock, 'ada');
      await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', path: 'nickName', value: 'Adie' }) });
      return (await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.nickName ?? 'none';
    });
    assert.deepEqual([normal, faulty], ['Adie', 'none']);
  });

  faultTest('decode-latin1', 'a non-ASCII displayName comes back garbled', async () => {
    const { normal, faulty } = await compareFault('decode-latin1', async (mock) => (await createUser(mock, 'ada', { displayName: 'Zoë' })).body.displayName);
    assert.deepEqual([normal, faulty], ['Zoë', 'ZoÃ«']);
  });

  faultTest('boolean-ordering-accepted', 'active gt true answers 200 with no match', async () => {
    const { normal, faulty } = await compareFault('boolean-ordering-accepted', async (mock) => {
      await createUser(mock, 'ada');
      const reply = await callMock(mock, 'GET', filterQuery('active gt true'));
      return `${reply.status}:${reply.body.scimType ?? reply.body.totalResults}`;
    });
    assert.deepEqual([normal, faulty], ['400:invalidFilter', '200:0']);
  });

  faultTest('value-path-across-values', 'emails[type eq "work" and value eq <home email>] matches', async () => {
    const { normal, faulty } = await compareFault('value-path-across-values', async (mock) => {
      await createUser(mock, 'ada', { emails: [{ value: 'w@x.com', type: 'work' }, { value: 'h@x.com', type: 'home' }] });
      return (await callMock(mock, 'GET', filterQuery('emails[type eq "work" and value eq "h@x.com"]'))).body.totalResults;
    });
    assert.deepEqual([normal, faulty], [0, 1]);
  });

  faultTest('primary-not-exclusive', 'making the home email primary leaves the work email primary', async () => {
    const { normal, faulty } = await compareFault('primary-not-exclusive', async (mock) => {
      const user = await createUser(mock, 'ada', { emails: [{ value: 'w@x.com', type: 'work', primary: true }, { value: 'h@x.com', type: 'home' }] });
      await callMock(mock, 'PATCH', `/Users/${user.body.id}`, { body: patchBody({ op: 'replace', path: 'emails[type eq "home"].primary', value: true }) });
      return (await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.emails.filter((e: { primary?: boolean }) => e.primary).length;
    });
    assert.deepEqual([normal, faulty], [1, 2]);
  });

  it('every registered fault has a test (above or in another *-faults.test.ts beside it) and a description', () => {
    const others = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('-faults.test.ts'));
    const elsewhere = others.flatMap((f) => [...readFileSync(new URL(`./${f}`, import.meta.url), 'utf8').matchAll(/faultTest\('([a-z0-9-]+)'/g)].map((match) => match[1]!));
    assert.deepEqual([...tested, ...elsewhere].sort(), FAULT_LIST.map((fault) => fault.id).sort());
    for (const fault of FAULT_LIST) {
      assert.equal(FAULTS[fault.id], fault.description);
      assert.ok(fault.breaks.length > 20, `${fault.id} says which clients it breaks`);
    }
  });

  it('an unknown fault id throws an error listing the valid ids', () => {
    assert.throws(() => createScimMock({ faults: ['no-such-fault'] }), (error: Error) => {
      assert.match(error.message, /unknown fault "no-such-fault"/);
      assert.match(error.message, /case-sensitive-username-filter/);
      return true;
    });
  });
});

/** What ServiceProviderConfig says of sort, and the order GET /Users?sortBy=userName returns b and a in. */
async function sortProbe(mock: Parameters<typeof createUser>[0]): Promise<{ sort: boolean; order: string[] }> {
  await createUser(mock, 'b');
  await createUser(mock, 'a');
  return {
    sort: (await callMock(mock, 'GET', '/ServiceProviderConfig')).body.sort.supported,
    order: (await callMock(mock, 'GET', '/Users?sortBy=userName')).body.Resources.map((u: { userName: string }) => u.userName),
  };
}

/** What ServiceProviderConfig says of Bulk, and the status of a one-operation BulkRequest. */
async function bulkProbe(mock: ScimMock): Promise<{ advertised: boolean; status: number }> {
  const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: [{ method: 'POST', path: '/Users', bulkId: 'a', data: userBody('a') }] };
  return {
    advertised: (await callMock(mock, 'GET', '/ServiceProviderConfig')).body.bulk.supported,
    status: (await callMock(mock, 'POST', '/Bulk', { body })).status,
  };
}
