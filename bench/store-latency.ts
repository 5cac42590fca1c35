import path from 'node:path';
import { ROOT, runJsonScript } from './child-processes.ts';
import type { LatencyConfig, LatencyResult } from './store-latency-types.ts';

const WORKER = path.join(ROOT, 'bench', 'store-latency-worker.ts');

/**
 * Store lookup latency at each size and resident memory at the largest, measured in a child process
 * (--expose-gc, a 6 GiB heap ceiling) so nothing else the bench loaded counts against the store.
 */
export function measureStoreLatency(config: Partial<LatencyConfig> = {}, timeoutMs = 150_000): Promise<LatencyResult> {
  const full: LatencyConfig = { sizes: [10_000, 100_000, 1_000_000], lookups: 10_000, scanBudget: 2_000_000, ...config };
  return runJsonScript<LatencyResult>(WORKER, full, timeoutMs, ['--expose-gc', '--max-old-space-size=6144']);
}
