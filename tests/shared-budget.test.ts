import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';
import { startServe } from './support/start-serve.ts';
import { startSlowProxy, type Arrival } from './support/hostile-server.ts';

const TOKEN = 'shared-budget-token-4321';
/**
 * About 50 requests in two workers. okta/import-users is marked exclusive (the total must not change between
 * its two pages); it is dispatched fourth, while the other worker is busy, so it has to wait for the lock.
 */
const EXCLUSIVE = 'okta/import-users';
const SCENARIOS = [
  'okta/create-user', 'okta/get-user', 'okta/deactivate-user', EXCLUSIVE, 'okta/update-user-put', 'entra/create-user',
  'entra/get-user', 'onelogin/create-user', 'onelogin/get-user', 'authentik/create-user',
];
/** Its second page: after it, the proxy refuses the next POST /Users with 429 Retry-After: 1, while both workers are busy. */
const EXCLUSIVE_LAST_PAGE = /\/Users\?startIndex=101&count=100$/;

interface HarEntry { startedDateTime: string; time: number; request: { method: string }; response: { status: number }; _scenario: string; _phase: string; _stepIndex: number }

/** The most arrivals within any window of `windowMs`. */
function densest(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! - sorted[i]! < windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

test('against one server, the workers share --max-rps and a 429\'s pause, an exclusive scenario runs alone, and the HAR reads in report order', async (t) => {
  const serve = await startServe(['--token', TOKEN, '--quiet']);
  let refusedAt: number | undefined;
  const proxy = await startSlowProxy({
    upstream: serve.url,
    refuse: (arrival: Arrival, all: Arrival[]) => {
      if (refusedAt !== undefined || !all.some((a) => EXCLUSIVE_LAST_PAGE.test(a.url)) || arrival.method !== 'POST' || !/\/Users$/.test(arrival.url)) return undefined;
      refusedAt = arrival.at;
      return { status: 429, headers: { 'Retry-After': '1' } };
    },
  });
  try {
    const run = await runCli(['run', '--base-url', proxy.url, '--token', TOKEN, '--max-rps', '10', '--workers', '2', '--seed', 'shared-budget', '--scenario', SCENARIOS.join(',')]);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const har = (JSON.parse(readFileSync(path.join(run.reportDir, 'transcript.har'), 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
    const spans = new Map<string, { from: number; to: number }>();
    for (const e of har) {
      const from = Date.parse(e.startedDateTime);
      const span = spans.get(e._scenario) ?? { from, to: from };
      spans.set(e._scenario, { from: Math.min(span.from, from), to: Math.max(span.to, from + e.time) });
    }

    // (a) One budget: 10 requests in any second at the server, although two workers sent them side by side.
    const times = proxy.arrivals.map((a) => a.at);
    const most = densest(times, 1000);
    t.diagnostic(`${times.length} requests; at most ${most} in any 1000 ms`);
    assert.ok(most <= 10, `${most} requests reached the server within one second: the budget is per worker, not per run`);
    assert.ok(most >= 6, `at most ${most} requests in a second: too slow a run to show the budget`);
    const ordered = [...spans.entries()].sort((a, b) => a[1].from - b[1].from);
    const overlapping = ordered.some(([, span], i) => i > 0 && span.from < ordered[i - 1]![1].to);
    assert.ok(overlapping, 'no two scenarios ran at the same time: the run did not use two workers');

    // (b) The 429 paused both workers for its Retry-After (the one request possibly granted before the news reached the broker aside).
    assert.ok(refusedAt !== undefined, 'the proxy never refused a request');
    const duringPause = proxy.arrivals.filter((a) => a.at > refusedAt! && a.at < refusedAt! + 950);
    assert.ok(duringPause.length <= 1, `${duringPause.length} requests arrived within the second after a 429 with Retry-After 1: ${duringPause.map((a) => `+${(a.at - refusedAt!).toFixed(0)} ms ${a.method} ${a.url}`).join(', ')}`);
    // The refused create was sent again after the wait, and its step records the whole of it (a set-up step's note goes to the scenario it sets up for).
    const retried = har.filter((e) => e.time >= 1000);
    assert.deepEqual(retried.map((e) => `${e.request.method} ${e.response.status}`), ['POST 201'], 'the refused create was retried once, a second later');

    // Exclusive: no request of another scenario while it ran.
    const alone = spans.get(EXCLUSIVE)!;
    const intruders = har.filter((e) => e._scenario !== EXCLUSIVE && Date.parse(e.startedDateTime) + e.time > alone.from + 2 && Date.parse(e.startedDateTime) < alone.to - 2);
    assert.deepEqual(intruders.map((e) => `${e._scenario} at ${e.startedDateTime}`), [], 'requests sent while the exclusive scenario ran');

    // (c) The HAR reads in report order, whatever the workers' timing: one block per scenario, as conformance.json lists them,
    // each in step order, then its clean-up.
    const blocks = har.map((e) => e._scenario).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    assert.deepEqual(blocks, run.report!.results.map((r) => r.id).filter((id) => spans.has(id)));
    for (const id of blocks) {
      const mine = har.filter((e) => e._scenario === id);
      const phases = mine.map((e) => e._phase).join(',');
      assert.match(phases, /^(steps,)*steps(,cleanup)*$/, `${id}: steps then clean-up`);
      const steps = mine.filter((e) => e._phase === 'steps').map((e) => e._stepIndex);
      assert.deepEqual(steps, [...steps].sort((a, b) => a - b), `${id}: steps in order`);
    }
  } finally {
    await proxy.close();
    await serve.stop();
  }
});
