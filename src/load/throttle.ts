/** Options of {@link createThrottle}. */
export interface ThrottleOptions {
  /** Starts per second, at most. */
  rate: number;
  /** Requests in flight, at most. */
  concurrency: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A slot to send one request in; `release()` when its answer is in. */
export interface Throttle {
  acquire(): Promise<void>;
  release(): void;
}

/**
 * Limits requests by start rate and by how many are in flight: starts are spaced 1000/rate ms apart on a
 * fixed schedule (a late start does not shift the next, and an idle gap is not made up by a burst), and a
 * request waits for a free slot first.
 * @example const t = createThrottle({ rate: 25, concurrency: 4 }); await t.acquire(); try { … } finally { t.release(); }
 */
export function createThrottle({ rate, concurrency, now = () => performance.now(), sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: ThrottleOptions): Throttle {
  const interval = 1000 / rate;
  let next = 0;
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    async acquire() {
      if (active < concurrency) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      const current = now();
      const start = Math.max(current, next);
      next = start + interval;
      if (start > current) await sleep(start - current);
    },
    release() {
      // Hand the slot straight to the next waiter, so `active` never drops below what is really in flight.
      const wake = waiting.shift();
      if (wake) wake();
      else active -= 1;
    },
  };
}
