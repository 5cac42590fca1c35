/** Added to every interval: requests arrive with jitter, and a server counting at its exact limit must not see N+1. */
const GUARD_MS = 15;

/**
 * Spaces requests so that no more than `maxRps` start within any one second (a fixed interval of
 * 1000/maxRps ms plus a small guard between starts). Without a rate it returns at once.
 * @see docs/profiles.md §1.3 (Talkdesk: 4 requests/second)
 */
export function createPacer(maxRps: number | undefined, now: () => number = Date.now): () => Promise<void> {
  if (!maxRps || maxRps <= 0) return async () => {};
  const interval = 1000 / maxRps + GUARD_MS;
  let next = 0;
  return async function pace() {
    const current = now();
    const start = Math.max(current, next);
    next = start + interval;
    if (start > current) {
      await new Promise((resolve) => setTimeout(resolve, start - current));
      // A timer that fired late must not shorten the next gap: count from when this request really starts.
      next = Math.max(next, now() + interval);
    }
  };
}
