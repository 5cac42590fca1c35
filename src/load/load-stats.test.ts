import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operationStats, percentile, secondStats } from './load-stats.ts';
import type { LoadSample } from './load-types.ts';

test('percentile is the nearest rank', () => {
  const values = Array.from({ length: 100 }, (_u, i) => i + 1);
  assert.deepEqual([percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99), percentile([], 0.5)], [50, 95, 99, 0]);
});

test('statistics per operation, with statuses and timeouts counted apart', () => {
  const samples: LoadSample[] = [
    { op: 'user-lookup', at: 0, ms: 10, status: 200 },
    { op: 'user-create', at: 10, ms: 30, status: 201 },
    { op: 'user-create', at: 1000, ms: 50, status: 429, retryAfter: null },
    { op: 'user-create', at: 1100, ms: 900, status: 0, error: 'timeout' },
  ];
  const [lookup, create, all] = operationStats(samples);
  assert.equal(lookup!.op, 'user-lookup');
  assert.deepEqual(create!.statuses, { '201': 1, '429': 1, timeout: 1 });
  assert.equal(create!.p50, 50);
  assert.equal(all!.requests, 4);
  assert.equal(all!.throughput, 2); // 4 requests over 2 s
  const seconds = secondStats(samples);
  assert.deepEqual(seconds.map((s) => s.outcomes), [{ '2xx': 2, '4xx': 0, '429': 0, '5xx': 0, none: 0 }, { '2xx': 0, '4xx': 0, '429': 1, '5xx': 0, none: 1 }]);
});
