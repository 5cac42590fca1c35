import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { PATCH_OP, compareFault } from './fault-probe.ts';

/**
 * The Bulk fault switches (mocks/faults/bulk-deviations.ts), each against the RFC behaviour of the same
 * request. (faults.test.ts checks every fault has a test here or beside it.)
 */
const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const bulkBody = (...Operations: unknown[]) => ({ schemas: [BULK], Operations });
const rename = (id: string, displayName: string) => ({
  method: 'PATCH',
  path: `/Users/${id}`,
  data: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'displayName', value: displayName }] },
});
type Result = Record<string, unknown> & { status: string; response?: Record<string, unknown> };

/** A Bulk PATCH of an unknown id, then of a real user: the two results and the user's displayName afterwards. */
async function partialFailure(mock: ScimMock): Promise<{ results: Result[]; displayName: string }> {
  const user = await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
  const res = await callMock(mock, 'POST', '/Bulk', { body: bulkBody(rename('no-such-id', 'Gone'), rename(user.body.id, 'Ada Bulk')) });
  return { results: res.body.Operations, displayName: (await callMock(mock, 'GET', `/Users/${user.body.id}`)).body.displayName };
}

/** A Bulk POST of a user (bulkId qwerty) and of a group naming it by bulkId: the statuses and the group's member value against the user's id. */
async function userThenGroup(mock: ScimMock): Promise<{ statuses: string[]; memberIsUser: boolean }> {
  const res = await callMock(mock, 'POST', '/Bulk', {
    body: bulkBody(
      { method: 'POST', path: '/Users', bulkId: 'qwerty', data: userBody('ada') },
      { method: 'POST', path: '/Groups', bulkId: 'ytrewq', data: { schemas: [GROUP], displayName: 'Team', members: [{ type: 'User', value: 'bulkId:qwerty' }] } },
    ),
  });
  const [group] = [...mock.store.values('Group')];
  const [user] = [...mock.store.values('User')];
  return { statuses: res.body.Operations.map((op: Result) => op.status), memberIsUser: (group?.['members'] as Array<{ value: string }> | undefined)?.[0]?.value === user?.id };
}

const faultTest = (id: string, name: string, body: () => Promise<void>) => it(`${id}: ${name}`, body);

const tooMany = async (mock: ScimMock) => {
  const res = await callMock(mock, 'POST', '/Bulk', { body: bulkBody(...Array.from({ length: 1001 }, () => ({ method: 'DELETE', path: '/Users/no-such-id' }))) });
  return { status: res.status, detail: String(res.body.detail ?? '') };
};

describe('Bulk fault switches (RFC 7644 §3.7)', () => {
  faultTest('bulk-response-without-method', 'results carry no method', async () => {
    const { normal, faulty } = await compareFault('bulk-response-without-method', partialFailure);
    assert.deepEqual([normal.results.map((r) => r['method']), faulty.results.map((r) => r['method'])], [['PATCH', 'PATCH'], [undefined, undefined]]);
  });

  faultTest('bulk-response-without-bulk-id', 'a created resource comes back without its bulkId', async () => {
    const { normal, faulty } = await compareFault('bulk-response-without-bulk-id', async (mock) =>
      (await callMock(mock, 'POST', '/Bulk', { body: bulkBody({ method: 'POST', path: '/Users', bulkId: 'qwerty', data: userBody('ada') }) })).body.Operations[0].bulkId);
    assert.deepEqual([normal, faulty], ['qwerty', undefined]);
  });

  faultTest('bulk-response-without-location', 'neither the failed PATCH nor the successful one names its resource', async () => {
    const { normal, faulty } = await compareFault('bulk-response-without-location', partialFailure);
    assert.match(String(normal.results[0]!['location']), /\/Users\/no-such-id$/, 'a failed PATCH names its resource too (§3.7.3)');
    assert.match(String(normal.results[1]!['location']), /\/Users\/[0-9a-f-]{36}$/);
    assert.deepEqual(faulty.results.map((r) => r['location']), [undefined, undefined]);
  });

  faultTest('bulk-error-without-response', 'the failed operation has its status and no response', async () => {
    const { normal, faulty } = await compareFault('bulk-error-without-response', partialFailure);
    assert.equal(normal.results[0]!.response?.['status'], '404');
    assert.deepEqual([faulty.results[0]!.status, faulty.results[0]!.response], ['404', undefined]);
  });

  faultTest('bulk-error-response-not-scim', 'the failed operation\'s response is a bare detail', async () => {
    const { normal, faulty } = await compareFault('bulk-error-response-not-scim', partialFailure);
    assert.deepEqual(normal.results[0]!.response?.['schemas'], ['urn:ietf:params:scim:api:messages:2.0:Error']);
    assert.deepEqual(Object.keys(faulty.results[0]!.response ?? {}), ['detail']);
  });

  faultTest('bulk-error-without-detail', 'the failed operation\'s SCIM Error has no detail', async () => {
    const { normal, faulty } = await compareFault('bulk-error-without-detail', partialFailure);
    assert.match(String(normal.results[0]!.response?.['detail']), /no-such-id|not found/i);
    assert.deepEqual([faulty.results[0]!.response?.['status'], faulty.results[0]!.response?.['detail']], ['404', undefined]);
  });

  faultTest('bulk-stops-at-first-error', 'the PATCH after the failed one is neither run nor reported', async () => {
    const { normal, faulty } = await compareFault('bulk-stops-at-first-error', partialFailure);
    assert.deepEqual([normal.results.length, normal.displayName], [2, 'Ada Bulk']);
    assert.equal(faulty.results.length, 1);
    assert.notEqual(faulty.displayName, 'Ada Bulk');
  });

  faultTest('bulk-reverses-operations', 'the group runs before the user it names and fails', async () => {
    const { normal, faulty } = await compareFault('bulk-reverses-operations', userThenGroup);
    assert.deepEqual(normal, { statuses: ['201', '201'], memberIsUser: true });
    assert.deepEqual(faulty.statuses, ['201', '409'], 'results stay in request order');
  });

  faultTest('bulk-forward-reference-rejected', 'a cycle answers 400 invalidValue, not 409', async () => {
    const cycle = async (mock: ScimMock) => (await callMock(mock, 'POST', '/Bulk', {
      body: bulkBody(
        { method: 'POST', path: '/Groups', bulkId: 'a', data: { schemas: [GROUP], displayName: 'A', members: [{ value: 'bulkId:b' }] } },
        { method: 'POST', path: '/Groups', bulkId: 'b', data: { schemas: [GROUP], displayName: 'B', members: [{ value: 'bulkId:a' }] } },
      ),
    })).body.Operations.map((op: Result) => op.status);
    const { normal, faulty } = await compareFault('bulk-forward-reference-rejected', cycle);
    assert.deepEqual([normal, faulty], [['409', '409'], ['400', '400']]);
  });

  faultTest('bulk-id-kept-literally', 'the group is created with "bulkId:qwerty" as its member', async () => {
    const { normal, faulty } = await compareFault('bulk-id-kept-literally', userThenGroup);
    assert.deepEqual([normal, faulty], [{ statuses: ['201', '201'], memberIsUser: true }, { statuses: ['201', '201'], memberIsUser: false }]);
  });

  faultTest('bulk-cycle-duplicates-resource', 'a cycle makes three groups, the second naming a bare copy of the first', async () => {
    const { normal, faulty } = await compareFault('bulk-cycle-duplicates-resource', async (mock) => {
      const res = await callMock(mock, 'POST', '/Bulk', {
        body: bulkBody(
          { method: 'POST', path: '/Groups', bulkId: 'a', data: { schemas: [GROUP], displayName: 'A', members: [{ value: 'bulkId:b' }] } },
          { method: 'POST', path: '/Groups', bulkId: 'b', data: { schemas: [GROUP], displayName: 'B', members: [{ value: 'bulkId:a' }] } },
        ),
      });
      const groups = [...mock.store.values('Group')];
      const reported = res.body.Operations.find((op: Result) => op['bulkId'] === 'a')?.location as string | undefined;
      const b = groups.find((g) => g['displayName'] === 'B');
      return {
        statuses: res.body.Operations.map((op: Result) => op.status),
        groups: groups.map((g) => g['displayName']).sort(),
        bNamesReportedA: reported !== undefined && (b?.['members'] as Array<{ value: string }> | undefined)?.[0]?.value === reported.split('/').pop(),
      };
    });
    assert.deepEqual(normal, { statuses: ['409', '409'], groups: [], bNamesReportedA: false });
    assert.deepEqual(faulty, { statuses: ['201', '201'], groups: ['A', 'A', 'B'], bNamesReportedA: false });
  });

  faultTest('bulk-ignores-max-operations', '1001 operations are run, not refused with 413', async () => {
    const { normal, faulty } = await compareFault('bulk-ignores-max-operations', tooMany);
    assert.deepEqual([normal.status, faulty.status], [413, 200]);
  });

  faultTest('bulk-413-without-limit', 'the 413 no longer names bulk.maxOperations 1000', async () => {
    const { normal, faulty } = await compareFault('bulk-413-without-limit', tooMany);
    assert.match(normal.detail, /maxOperations 1000/);
    assert.equal(faulty.status, 413);
    assert.doesNotMatch(faulty.detail, /1000|maxOperations/);
  });
});
