/**
 * Spaces requests so that no more than `maxRps` start within any one second (a fixed interval of
 * 1000/maxRps ms between starts). Without a rate it returns at once.
 * @see ../shared/seeds/002 (Talkdesk: 4 requests/second)
 */
export function createPacer(maxRps: number | undefined, now: () => number = Date.now): () => Promise<void> {
  if (!maxRps || maxRps <= 0) return async () => {};
  const interval = 1000 / maxRps;
  let next = 0;
  return async function pace() {
    const current = now();
    const start = Math.max(current, next);
    next = start + interval;
    if (start > current) await new Promise((resolve) => setTimeout(resolve, start - current));
  };
}
