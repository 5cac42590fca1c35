import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLedger } from './resource-ledger.ts';

const BASE = 'https://scim.example.com/v2';

test('a BulkResponse: each created resource with a location is the harness\'s to remove; a failed POST, a PATCH or a POST without location is not', () => {
  const ledger = new ResourceLedger(BASE);
  ledger.recordBulk('POST', '/Bulk', 200, {
    Operations: [
      { method: 'POST', bulkId: 'a', status: '201', location: `${BASE}/Users/u-1` },
      { method: 'POST', bulkId: 'b', status: '201', location: `${BASE}/Groups/g-1` },
      { method: 'POST', bulkId: 'c', status: '400' },
      { method: 'POST', bulkId: 'd', status: '201' },
      { method: 'PATCH', status: '200', location: `${BASE}/Users/u-9` },
    ],
  });
  assert.deepEqual(ledger.remaining().map((r) => r.url), [`${BASE}/Groups/g-1`, `${BASE}/Users/u-1`]);
  ledger.recordBulk('POST', '/Bulk', 200, { Operations: [{ method: 'DELETE', status: '204', location: `${BASE}/Groups/g-1` }] });
  assert.deepEqual(ledger.remaining().map((r) => r.url), [`${BASE}/Users/u-1`]);
  ledger.recordBulk('POST', '/Bulk', 413, { Operations: [{ method: 'POST', status: '201', location: `${BASE}/Users/u-2` }] });
  assert.equal(ledger.remaining().length, 1, 'only a 2xx BulkResponse is read');
});

test('a BulkRequest changing a resource the harness did not create is refused; its own and bulkId: paths are not', () => {
  const ledger = new ResourceLedger(BASE);
  ledger.recordCreate('POST', '/Users', 201, 'mine');
  const bulk = (...Operations: unknown[]) => ({ Operations });
  assert.equal(ledger.bulkRefusal('POST', '/Bulk', bulk({ method: 'PATCH', path: '/Users/mine' }, { method: 'POST', path: '/Users' }, { method: 'DELETE', path: '/Groups/bulkId:qwerty' })), undefined);
  assert.match(ledger.bulkRefusal('POST', '/Bulk', bulk({ method: 'DELETE', path: '/Users/someone-else' }))!, /refused to send a BulkRequest with DELETE \/Users\/someone-else: that resource was not created by this run/);
});

test('a created resource without a location is returned, so the run can warn that it cannot remove it', () => {
  const ledger = new ResourceLedger(BASE);
  const unlocated = ledger.recordBulk('POST', '/Bulk', 200, { Operations: [{ method: 'POST', bulkId: 'qwerty', status: '201' }, { status: '201' }, { method: 'POST', bulkId: 'x', status: '400' }] });
  assert.deepEqual(unlocated, ['bulkId "qwerty"', 'operation 2']);
  assert.deepEqual(ledger.remaining(), []);
});

test('the resources a POST /Bulk created (a 2xx POST with a location) are recorded for clean-up; failed and other operations are not', () => {
  const ledger = new ResourceLedger('https://scim.example/v2');
  ledger.recordBulk('POST', '/Bulk', 200, {
    Operations: [
      { method: 'POST', bulkId: 'a', location: 'https://scim.example/v2/Users/u1', status: '201' },
      { method: 'POST', bulkId: 'b', status: '409' },
      { method: 'PATCH', location: 'https://scim.example/v2/Users/u9', status: '200' },
      { method: 'POST', bulkId: 'c', location: 'https://scim.example/v2/Groups/g1', status: { code: 201 } },
    ],
  });
  assert.deepEqual(ledger.remaining().map((r) => r.url).sort(), ['https://scim.example/v2/Groups/g1', 'https://scim.example/v2/Users/u1']);
  ledger.recordBulk('GET', '/Bulk', 200, { Operations: [{ method: 'POST', location: 'https://scim.example/v2/Users/u2', status: '201' }] });
  assert.equal(ledger.remaining().length, 2, 'only a POST /Bulk creates');
});
