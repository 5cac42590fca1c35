import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPacer } from './pacer.ts';

test('without a rate the pacer never waits', async () => {
  let clock = 0;
  const pace = createPacer(undefined, () => clock);
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = clock;
    await pace();
    waits.push(clock - before);
  }
  assert.deepEqual(waits, [0, 0, 0, 0, 0]);
});

test('at 4 rps no more than 4 requests start within any one second', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  const pace = createPacer(4);
  const starts: number[] = [];
  const all = (async () => {
    for (let i = 0; i < 12; i++) {
      await pace();
      starts.push(Date.now());
    }
  })();
  for (let i = 0; i < 40; i++) {
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    t.mock.timers.tick(100);
  }
  await all;
  assert.equal(starts.length, 12);
  for (let i = 4; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 4]! >= 1000, `requests ${i - 4} and ${i} started ${starts[i]! - starts[i - 4]!} ms apart`);
});
