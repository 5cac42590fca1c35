import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPacer } from './pacer.ts';

/** Virtual time: sleeps resolve in time order when `run` advances the clock; nothing really waits. */
function virtualClock() {
  let clock = 0;
  const timers: Array<{ at: number; resolve: () => void }> = [];
  return {
    now: () => clock,
    sleep: (ms: number) => new Promise<void>((resolve) => void timers.push({ at: clock + Math.max(0, ms), resolve })),
    async run<T>(work: Promise<T>): Promise<T> {
      let done = false;
      void work.finally(() => (done = true)).catch(() => {});
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (done) return work;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) throw new Error('nothing left to wait for, yet the work is not done');
        clock = Math.max(clock, next.at);
        next.resolve();
      }
    },
  };
}

/** A server seen through a busy machine: each request reaches it `delays[i]` ms after it was sent, and is answered 5 ms later. */
function slowlyDelivered(clock: ReturnType<typeof virtualClock>, delays: number[]) {
  const arrivals: number[] = [];
  const starts: number[] = [];
  let n = 0;
  return {
    arrivals,
    starts,
    async send(): Promise<void> {
      starts.push(clock.now());
      await clock.sleep(delays[n++ % delays.length]!);
      arrivals.push(clock.now());
      await clock.sleep(5);
    },
  };
}

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

test('without a rate the pacer never waits', async () => {
  const clock = virtualClock();
  const pacer = createPacer(undefined, clock);
  const server = slowlyDelivered(clock, [0]);
  await clock.run((async () => { for (let i = 0; i < 5; i++) await pacer.send(() => server.send()); })());
  assert.equal(clock.now(), 25, 'only the server\'s own 5 ms per request');
});

test('at 4 rps the server never sees 5 requests within one second, even when a busy machine delivers some late', async () => {
  // The flaky run of issue 14: the first request of a second reached the server 300 ms late, the fifth on time.
  const clock = virtualClock();
  const pacer = createPacer(4, clock);
  const server = slowlyDelivered(clock, [300, 0, 0, 0, 0, 120, 0, 40, 0, 0, 250]);
  await clock.run((async () => { for (let i = 0; i < 40; i++) await pacer.send(() => server.send()); })());
  assert.equal(server.arrivals.length, 40);
  assert.ok(densest(server.arrivals, 1000) <= 4, `${densest(server.arrivals, 1000)} requests reached the server within 1000 ms`);
  // Not vacuous: the run kept close to the rate (40 requests in well under 40 / 3 seconds).
  assert.ok(clock.now() < 13_000, `40 requests took ${clock.now()} ms`);
});

test('at 4 rps, starts are spaced 250 ms apart and any five span the window plus its margin', async () => {
  const clock = virtualClock();
  const pacer = createPacer(4, clock);
  const server = slowlyDelivered(clock, [0]);
  await clock.run((async () => { for (let i = 0; i < 12; i++) await pacer.send(() => server.send()); })());
  for (let i = 1; i < server.starts.length; i++) assert.ok(server.starts[i]! - server.starts[i - 1]! >= 250, `requests ${i - 1} and ${i} started ${server.starts[i]! - server.starts[i - 1]!} ms apart`);
  for (let i = 4; i < server.starts.length; i++) assert.ok(server.starts[i]! - server.starts[i - 4]! >= 1050, `requests ${i - 4} and ${i} started ${server.starts[i]! - server.starts[i - 4]!} ms apart`);
});

test('concurrent callers share the limit: a request in flight holds its slot until it is answered', async () => {
  const clock = virtualClock();
  const pacer = createPacer(4, clock);
  const server = slowlyDelivered(clock, [900, 10, 400, 0, 0, 700, 30]);
  const caller = async () => { for (let i = 0; i < 6; i++) await pacer.send(() => server.send()); };
  await clock.run(Promise.all([caller(), caller(), caller()]));
  assert.equal(server.arrivals.length, 18);
  assert.ok(densest(server.arrivals, 1000) <= 4, `${densest(server.arrivals, 1000)} requests reached the server within 1000 ms`);
});

test('a failed request ends its slot too, and the error reaches the caller', async () => {
  const clock = virtualClock();
  const pacer = createPacer(4, clock);
  const outcome = clock.run((async () => {
    await assert.rejects(pacer.send(async () => { throw new Error('connection refused'); }), /connection refused/);
    for (let i = 0; i < 4; i++) await pacer.send(async () => {});
    return clock.now();
  })());
  assert.ok((await outcome) >= 1050, 'the fifth request waited a full window after the failed first');
});

test('below 1 request/second, one request per 1000 / rps ms', async () => {
  const clock = virtualClock();
  const pacer = createPacer(0.5, clock);
  const server = slowlyDelivered(clock, [0]);
  await clock.run((async () => { for (let i = 0; i < 3; i++) await pacer.send(() => server.send()); })());
  assert.ok(server.starts[1]! - server.starts[0]! >= 2000 && server.starts[2]! - server.starts[1]! >= 2000, server.starts.join(', '));
});

test('ready() waits as send() would, so a step can start its clock after the wait', async () => {
  const clock = virtualClock();
  const pacer = createPacer(4, clock);
  const server = slowlyDelivered(clock, [0]);
  const waited = await clock.run((async () => {
    for (let i = 0; i < 4; i++) await pacer.send(() => server.send());
    const before = clock.now();
    await pacer.ready();
    const readyAt = clock.now();
    await pacer.send(() => server.send());
    return { ready: readyAt - before, send: clock.now() - readyAt };
  })());
  assert.ok(waited.ready > 0, 'ready() waited for the window');
  assert.equal(waited.send, 5, 'send() after ready() did not wait again');
});

test('pause: no request starts before it ends, with or without a rate, and a shorter pause never shortens it', async () => {
  for (const maxRps of [undefined, 100]) {
    const clock = virtualClock();
    const pacer = createPacer(maxRps, { now: clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    await clock.run(pacer.send(async () => void starts.push(clock.now())));
    pacer.pause(1000);
    pacer.pause(200);
    await clock.run(Promise.all([1, 2].map(() => pacer.send(async () => void starts.push(clock.now())))));
    assert.equal(starts[0], 0, `maxRps ${maxRps}`);
    assert.ok(starts[1]! >= 1000 && starts[2]! >= 1000, `maxRps ${maxRps}: started at ${starts.join(', ')}`);
  }
});
