import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestName } from './nearest-name.ts';

const FAULTS = ['reject-capitalised-patch-ops', 'create-returns-200', 'ignore-active-on-put', 'filter-only-eq'];

test('names the candidate a typo was meant for', () => {
  assert.equal(nearestName('reject-capitalized-patch-ops', FAULTS), 'reject-capitalised-patch-ops');
  assert.equal(nearestName('create-return-200', FAULTS), 'create-returns-200');
  assert.equal(nearestName('Filter-Only-EQ', FAULTS), 'filter-only-eq');
});

test('names nothing when no candidate is close', () => {
  assert.equal(nearestName('teleport-users', FAULTS), undefined);
  assert.equal(nearestName('x', []), undefined);
});
