import type { ScenarioResult } from '../engine/result-types.ts';

export interface SummaryCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Scenarios stopped by a failed set-up step whose cause another result reports. */
  blocked: number;
  /** Warning strings over all results. */
  warnings: number;
}

/** Counts results by status and warning strings over all results. */
export function countSummary(results: readonly ScenarioResult[]): SummaryCounts {
  const counts: SummaryCounts = { passed: 0, failed: 0, skipped: 0, blocked: 0, warnings: 0 };
  for (const r of results) {
    counts[r.status] += 1;
    counts.warnings += r.warnings.length;
  }
  return counts;
}
