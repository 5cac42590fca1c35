import type { Summary } from './stats.ts';

/** What the store-latency worker is told on stdin. */
export interface LatencyConfig {
  /** Store sizes, ascending; the store grows from one to the next. */
  sizes: number[];
  /** Timed lookups per kind and size. */
  lookups: number;
  /** Users scanned in total per size by the non-indexed filter (requests = max(3, budget / size)). */
  scanBudget: number;
}

/** Latency of one kind of lookup, in microseconds, and how many did not find their user (should be 0). */
export type LookupStats = Summary & { missed: number };

/** The measurements at one store size. */
export interface SizeResult {
  size: number;
  /** Time to insert the users added since the previous size. */
  seedMs: number;
  insertsPerSecond: number;
  /** Two clock reads around nothing: the timing floor under every synchronous row. */
  timerFloor: LookupStats;
  byId: LookupStats;
  byUserName: LookupStats;
  byExternalId: LookupStats;
  filterRequest: LookupStats;
  /** `displayName eq` on Users: no index, a scan (contrast only). */
  scanRequest: LookupStats;
}

/** What the worker prints. */
export interface LatencyResult {
  sizes: SizeResult[];
  memory: {
    users: number;
    rssBytes: number;
    heapUsedBytes: number;
    baselineRssBytes: number;
    baselineHeapUsedBytes: number;
    gcForced: boolean;
  };
}
