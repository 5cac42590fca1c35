import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScimMock } from '../create-scim-mock.ts';
import { callMock } from '../call-mock.ts';

test('a filter whose operator does not fit the attribute type is 400 invalidFilter even on an empty store', async () => {
  const mock = createScimMock();
  for (const filter of ['active gt false', 'meta.created gt "not a date"']) {
    const reply = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent(filter)}`);
    assert.equal(reply.status, 400, filter);
    assert.equal(reply.body.scimType, 'invalidFilter');
  }
});
