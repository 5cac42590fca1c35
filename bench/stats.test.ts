import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantile, summarise } from './stats.ts';

test('summarise gives the middle value, the extremes and a nearest-rank p99', () => {
  assert.deepEqual(summarise([3, 1, 2]), { n: 3, median: 2, min: 1, max: 3, p99: 3 });
  assert.equal(summarise([4, 1, 3, 2]).median, 2.5);
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(quantile(hundred, 0.99), 99);
  assert.ok(Number.isNaN(summarise([]).median));
});
