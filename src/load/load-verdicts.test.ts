import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeLoad, type LoadVerdict } from './load-verdicts.ts';
import type { LoadConfig, LoadEvent, LoadSample } from './load-types.ts';
import type { SyncOutcome } from './replay-sync.ts';

const config: LoadConfig = { idp: 'entra', secrets: [], users: 10, groups: 0, batch: 1, rate: 25, concurrency: 4, durationMs: 60_000, timeoutMs: 60_000, reportDir: '', seed: 's', runId: 'r', mockFaults: [] };
const events = (failed: number, ok: number): LoadEvent[] => [...Array.from({ length: failed }, () => ({ kind: 'user' as const, failed: true, reason: 'create: 500' })), ...Array.from({ length: ok }, () => ({ kind: 'user' as const, failed: false }))];
const outcome = (partial: Partial<SyncOutcome>): SyncOutcome => ({ events: [], created: [], quarantineTriggers: [], durationMs: 1000, ...partial });
const verdict = (verdicts: LoadVerdict[], id: string) => verdicts.find((v) => v.id === id)!;
const okSamples = (n: number): LoadSample[] => Array.from({ length: n }, (_u, i) => ({ op: 'user-create', at: i * 40, ms: 5, status: 201 }));

test('quarantine: at once on a 404 to a filter; from 5,000 failures above 40 %; above 40 % projected; a few failures warn', () => {
  const judge = (o: SyncOutcome) => verdict(judgeLoad({ config, samples: okSamples(25), outcome: o, leftovers: [] }), 'quarantine');
  assert.equal(judge(outcome({ events: events(0, 10), quarantineTriggers: ['GET /Users?filter=… answered 404'] })).status, 'failed');
  assert.match(judge(outcome({ events: events(5_000, 7_000) })).detail, /escrow thresholds are crossed/);
  assert.equal(judge(outcome({ events: events(4_000, 8_000) })).status, 'warning'); // 33 % and under 5,000
  assert.match(judge(outcome({ events: events(5, 5) })).detail, /above 40 %, so a tenant large enough/);
  assert.equal(judge(outcome({ events: events(40_001, 100_000) })).status, 'failed'); // over 40,000 failures
  assert.equal(judge(outcome({ events: events(0, 10) })).status, 'passed');
});

test('throughput: judged only at 25 requests/second or more offered; Okta gets a warning, Entra a failure', () => {
  const slow = outcome({ durationMs: 2000, events: events(0, 10) });
  assert.equal(verdict(judgeLoad({ config: { ...config, rate: 10 }, samples: okSamples(20), outcome: slow, leftovers: [] }), 'throughput').status, 'skipped');
  assert.equal(verdict(judgeLoad({ config, samples: okSamples(50), outcome: slow, leftovers: [] }), 'throughput').status, 'passed');
  assert.equal(verdict(judgeLoad({ config, samples: okSamples(30), outcome: slow, leftovers: [] }), 'throughput').status, 'failed');
  assert.equal(verdict(judgeLoad({ config: { ...config, idp: 'okta' }, samples: okSamples(30), outcome: slow, leftovers: [] }), 'throughput').status, 'warning');
});

test('429 without Retry-After warns; a timeout or a 5xx fails; leftovers warn and are named', () => {
  const samples: LoadSample[] = [...okSamples(30), { op: 'user-create', at: 10, ms: 1, status: 429, retryAfter: null }, { op: 'user-lookup', at: 20, ms: 60_000, status: 0, error: 'timeout' }, { op: 'user-create', at: 30, ms: 1, status: 503 }];
  const verdicts = judgeLoad({ config, samples, outcome: outcome({ events: events(0, 10) }), leftovers: ['DELETE http://x/Users/1 (500)'] });
  assert.deepEqual(['rate-limit', 'timeouts', 'server-errors', 'clean-up'].map((id) => verdict(verdicts, id).status), ['warning', 'failed', 'failed', 'warning']);
  assert.match(verdict(verdicts, 'clean-up').detail, /DELETE http:\/\/x\/Users\/1 \(500\)/);
});
