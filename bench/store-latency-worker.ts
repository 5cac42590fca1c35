import { createScimMock } from '../mocks/index.ts';
import { readStdinJson } from './child-processes.ts';
import { seededExternalId, seededId, seededUserName, seedStore } from './seed-users.ts';
import { summarise } from './stats.ts';
import type { LatencyConfig, LatencyResult, LookupStats, SizeResult } from './store-latency-types.ts';

/**
 * Grows one mock's store to each size in turn (seeded straight through the store API) and times
 * lookups at each: by id, by userName in another case, by externalId, and a `userName eq` filter
 * through `mock.handle(new Request(...))`; plus a few requests of a filter no index answers, for
 * contrast. Runs in its own process (with --expose-gc) so resident memory is the store's alone.
 */
async function measure(config: LatencyConfig): Promise<LatencyResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage();
  const mock = createScimMock();
  const base = 'http://scim-mock.invalid/scim/v2/Users';
  const sizes: SizeResult[] = [];
  let seeded = 0;
  for (const size of config.sizes) {
    const t0 = performance.now();
    seedStore(mock.store, seeded, size);
    const seedMs = performance.now() - t0;
    const inserted = size - seeded;
    seeded = size;
    const picks = Array.from({ length: config.lookups }, () => Math.floor(Math.random() * size));
    // Keys are built before timing, so only the lookup itself is timed.
    const timeSync = (keys: readonly string[], find: (key: string) => unknown): LookupStats => {
      gc?.();
      for (let k = 0; k < 1000; k += 1) find(keys[k % keys.length]!); // warm-up
      const micros: number[] = [];
      let missed = 0;
      for (const key of keys) {
        const t = process.hrtime.bigint();
        const found = find(key);
        micros.push(Number(process.hrtime.bigint() - t) / 1000);
        if (!found) missed += 1;
      }
      return { ...summarise(micros), missed };
    };
    const timeRequests = async (url: (i: number) => string, count: number, warm: number): Promise<LookupStats> => {
      const micros: number[] = [];
      let missed = 0;
      gc?.();
      for (let k = 0; k < warm + count; k += 1) {
        const i = picks[k % picks.length]!;
        const t = process.hrtime.bigint();
        const response = await mock.handle(new Request(url(i)));
        const body = await response.text();
        if (k >= warm) {
          micros.push(Number(process.hrtime.bigint() - t) / 1000);
          if (response.status !== 200 || !body.includes(seededId(i))) missed += 1;
        }
      }
      return { ...summarise(micros), missed };
    };
    const filterUrl = (attribute: string, value: string) => `${base}?filter=${encodeURIComponent(`${attribute} eq "${value}"`)}`;
    sizes.push({
      size,
      seedMs,
      insertsPerSecond: inserted / (seedMs / 1000),
      timerFloor: timeSync(picks.map(String), (key) => key),
      byId: timeSync(picks.map(seededId), (key) => mock.store.get('User', key)),
      byUserName: timeSync(picks.map((i) => seededUserName(i).toUpperCase()), (key) => mock.store.findUserByUserName(key)),
      byExternalId: timeSync(picks.map(seededExternalId), (key) => mock.store.findByExternalId('User', key)[0]),
      filterRequest: await timeRequests((i) => filterUrl('userName', seededUserName(i).toLowerCase()), config.lookups, 2000),
      scanRequest: await timeRequests((i) => filterUrl('displayName', `Bench User${i}`), Math.max(3, Math.round(config.scanBudget / size)), 1),
    });
  }
  gc?.();
  const after = process.memoryUsage();
  return {
    sizes,
    memory: {
      users: seeded,
      rssBytes: after.rss,
      heapUsedBytes: after.heapUsed,
      baselineRssBytes: baseline.rss,
      baselineHeapUsedBytes: baseline.heapUsed,
      gcForced: gc !== undefined,
    },
  };
}

process.stdout.write(`${JSON.stringify(await measure(await readStdinJson<LatencyConfig>()))}\n`);
