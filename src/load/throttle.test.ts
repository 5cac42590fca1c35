import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createThrottle } from './throttle.ts';

/** A clock that moves only when the throttle sleeps. */
function fakeClock() {
  let time = 0;
  return { now: () => time, sleep: async (ms: number) => void (time += ms), at: () => time };
}

test('spaces starts 1000/rate ms apart', async () => {
  const clock = fakeClock();
  const throttle = createThrottle({ rate: 25, concurrency: 100, ...clock });
  const starts: number[] = [];
  for (let i = 0; i < 4; i++) {
    await throttle.acquire();
    starts.push(clock.at());
    throttle.release();
  }
  assert.deepEqual(starts, [0, 40, 80, 120]);
});

test('holds the request beyond the concurrency until one is released', async () => {
  const throttle = createThrottle({ rate: 1e9, concurrency: 2 });
  await throttle.acquire();
  await throttle.acquire();
  let third = false;
  const pending = throttle.acquire().then(() => void (third = true));
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(third, false);
  throttle.release();
  await pending;
  assert.equal(third, true);
});
