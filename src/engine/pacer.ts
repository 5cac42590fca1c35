/**
 * Keeps a worker's requests within a server's documented rate (`--max-rps`), whatever the load of the
 * machine. Two rules, both on measured times:
 * - no request starts before `limit` requests have *ended* at least `windowMs` + a margin earlier than
 *   its start. A server counts a request somewhere between its start and its response, so counting from
 *   the response of the request `limit` places back guarantees the server never sees `limit + 1` within
 *   one window, however late a busy machine (or a proxy) delivered either of them;
 * - starts are spaced evenly, `windowMs / limit` apart, so a server that smooths rather than counts
 *   (a leaky bucket) is not met with bursts.
 * Timers firing late only make the gaps longer, never shorter. A 429 `pause`s it: no request starts until
 * the server's Retry-After has passed.
 * @see docs/profiles.md §1.3 (Talkdesk: 4 requests/second)
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4 (429 Too Many Requests, Retry-After)
 */
export interface Pacer {
  /** Resolves when a request could start now: called before a step, so its recorded timing excludes the wait. */
  ready(): Promise<void>;
  /** Waits for a slot, sends, and records when the request ended (answered or failed). */
  send<T>(request: () => Promise<T>): Promise<T>;
  /** No request starts for `ms` from now (a 429's Retry-After); a later pause never shortens an earlier one. */
  pause(ms: number): void;
}

export interface PacerOptions {
  /** Extra time added to every window, as a fraction of it (default 0.05: 50 ms at 1 request/second windows). */
  margin?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A pacer for `maxRps` requests per second: `floor(maxRps)` requests per 1000 ms window (for a rate
 * below 1, one request per `1000 / maxRps` ms). Without a rate it waits only while paused.
 */
export function createPacer(maxRps: number | undefined, options: PacerOptions = {}): Pacer {
  const { margin = 0.05, now = () => performance.now(), sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)) } = options;
  let pausedUntil = -Infinity;
  const pause = (ms: number) => void (pausedUntil = Math.max(pausedUntil, now() + ms));
  /** Waits out a pause, and any pause set while waiting. */
  const waitOutPause = async () => {
    for (let left = pausedUntil - now(); left > 0; left = pausedUntil - now()) await sleep(Math.ceil(left));
  };
  if (!maxRps || maxRps <= 0 || !Number.isFinite(maxRps)) {
    return {
      ready: waitOutPause,
      send: (request) => (pausedUntil > now() ? waitOutPause().then(request) : request()),
      pause,
    };
  }
  const limit = Math.max(1, Math.floor(maxRps));
  const windowMs = maxRps >= 1 ? 1000 : 1000 / maxRps;
  const gapMs = windowMs / limit;
  const guardedWindow = windowMs * (1 + margin);
  /** The last `limit` requests, oldest first: when each started, and when it ended (a promise while in flight). */
  const recent: Array<{ startedAt: number; ended: Promise<number> }> = [];
  let turn: Promise<unknown> = Promise.resolve();

  const waitUntil = async (at: number) => {
    for (let left = at - now(); left > 0; left = at - now()) await sleep(Math.ceil(left));
  };
  /** Waits until the rules let one more request start. */
  const waitForSlot = async () => {
    do {
      await waitOutPause();
      if (recent.length >= limit) await waitUntil((await recent[recent.length - limit]!.ended) + guardedWindow);
      if (recent.length > 0) await waitUntil(recent[recent.length - 1]!.startedAt + gapMs);
    } while (pausedUntil > now());
  };

  return {
    ready: () => waitForSlot(),
    async send(request) {
      let ended!: (at: number) => void;
      // One request claims a slot at a time: concurrent callers queue in call order.
      const claimed = turn.then(async () => {
        await waitForSlot();
        recent.push({ startedAt: now(), ended: new Promise<number>((resolve) => (ended = resolve)) });
        if (recent.length > limit) recent.shift();
      });
      turn = claimed;
      await claimed;
      try {
        return await request();
      } finally {
        ended(now());
      }
    },
    pause,
  };
}
