/** Summary of a sample: middle value, spread and tail. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p99: number;
}

/** The value at quantile q (0..1) of an ascending array, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Median (mean of the two middle values for an even count), min, max and p99 of the values. */
export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n === 0 ? Number.NaN : n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n, median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN, p99: quantile(sorted, 0.99) };
}
