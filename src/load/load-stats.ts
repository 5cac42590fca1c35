import type { LoadOperation, LoadSample } from './load-types.ts';

/** Latency and counts of one operation (or of all of them). */
export interface OperationStats {
  op: LoadOperation | 'all';
  requests: number;
  /** Requests per second over the span from the first start to the last answer. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Status → count; `timeout` and `transport` for requests that got no answer. */
  statuses: Record<string, number>;
}

/** One second of the run, for the charts. */
export interface SecondStats {
  second: number;
  requests: number;
  p50: number;
  p95: number;
  /** Requests by outcome: 2xx, 4xx (without 429), 429, 5xx, none (timeout or transport error). */
  outcomes: Record<'2xx' | '4xx' | '429' | '5xx' | 'none', number>;
}

/**
 * The value below which `q` of the sorted values fall (nearest rank), 0 for none.
 * @example percentile([1, 2, 3, 4], 0.5) // 2
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Per-operation statistics, the operations in the order they first appear, then `all`. */
export function operationStats(samples: readonly LoadSample[]): OperationStats[] {
  const ops = [...new Set(samples.map((s) => s.op))];
  return [...ops.map((op) => statsOf(op, samples.filter((s) => s.op === op))), statsOf('all', samples)];
}

function statsOf(op: OperationStats['op'], samples: readonly LoadSample[]): OperationStats {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const first = Math.min(...samples.map((s) => s.at));
  const last = Math.max(...samples.map((s) => s.at + s.ms));
  const span = samples.length ? Math.max(last - first, 1) : 1;
  const statuses: Record<string, number> = {};
  for (const s of samples) {
    const key = s.status === 0 ? (s.error ?? 'transport') : String(s.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  return {
    op,
    requests: samples.length,
    throughput: round((samples.length * 1000) / span),
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    max: round(times.at(-1) ?? 0),
    statuses,
  };
}

/** The run second by second (by start time), for latency-over-time and status-over-time charts. */
export function secondStats(samples: readonly LoadSample[]): SecondStats[] {
  const seconds = new Map<number, LoadSample[]>();
  for (const s of samples) {
    const second = Math.floor(s.at / 1000);
    seconds.set(second, [...(seconds.get(second) ?? []), s]);
  }
  const last = Math.max(-1, ...seconds.keys());
  return Array.from({ length: last + 1 }, (_unused, second) => {
    const inSecond = seconds.get(second) ?? [];
    const times = inSecond.map((s) => s.ms).sort((a, b) => a - b);
    const outcomes = { '2xx': 0, '4xx': 0, '429': 0, '5xx': 0, none: 0 };
    for (const s of inSecond) outcomes[outcomeOf(s)] += 1;
    return { second, requests: inSecond.length, p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), outcomes };
  });
}

/** The chart bucket of one answer. */
export function outcomeOf(sample: LoadSample): keyof SecondStats['outcomes'] {
  if (sample.status === 0) return 'none';
  if (sample.status === 429) return '429';
  if (sample.status >= 500) return '5xx';
  if (sample.status >= 400) return '4xx';
  return '2xx';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
