import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLedger } from './resource-ledger.ts';

test('the resources a POST /Bulk created (a 2xx POST with a location) are recorded for clean-up; failed and other operations are not', () => {
  const ledger = new ResourceLedger('https://scim.example/v2');
  ledger.recordBulk('POST', '/Bulk', {
    Operations: [
      { method: 'POST', bulkId: 'a', location: 'https://scim.example/v2/Users/u1', status: '201' },
      { method: 'POST', bulkId: 'b', status: '409' },
      { method: 'PATCH', location: 'https://scim.example/v2/Users/u9', status: '200' },
      { method: 'POST', bulkId: 'c', location: 'https://scim.example/v2/Groups/g1', status: { code: 201 } },
    ],
  });
  assert.deepEqual(ledger.remaining().map((r) => r.url).sort(), ['https://scim.example/v2/Groups/g1', 'https://scim.example/v2/Users/u1']);
  ledger.recordBulk('GET', '/Bulk', { Operations: [{ method: 'POST', location: 'https://scim.example/v2/Users/u2', status: '201' }] });
  assert.equal(ledger.remaining().length, 2, 'only a POST /Bulk creates');
});
