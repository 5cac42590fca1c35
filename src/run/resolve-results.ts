import type { ScenarioResult } from '../engine/result-types.ts';

/**
 * The run-wide rules of a verdict, applied once every scenario has ended and before any report is written:
 * one cause is reported once, under its real name.
 * - A blocked result whose named cause-holder did not fail in this run (it passed, was skipped or is not in
 *   the run) would hide the cause: it becomes a failure of its own, with the set-up step's finding.
 * - A warning with the same cause in several results of one suite stays on the first (in report order),
 *   which names the others; the rest drop it.
 */
export function resolveResults(results: readonly ScenarioResult[]): ScenarioResult[] {
  return dedupeWarnings(results.map((r) => unblockOrphan(r, results)));
}

function unblockOrphan(result: ScenarioResult, all: readonly ScenarioResult[]): ScenarioResult {
  if (result.status !== 'blocked' || !result.blockedBy) return result;
  const holder = all.find((r) => r.id === result.blockedBy!.result);
  if (holder?.status === 'failed') return result;
  const { step, message, reference } = result.blockedBy;
  const { blockedBy: _dropped, skipReason: _reason, ...rest } = result;
  return { ...rest, status: 'failed', failures: [{ step, message, reference }, ...result.failures] };
}

function dedupeWarnings(results: ScenarioResult[]): ScenarioResult[] {
  const firstSeen = new Map<string, { holder: number; cause: string; others: string[] }>();
  const kept = results.map((r) => ({ ...r, warnings: [...r.warnings], warningCauses: [...(r.warningCauses ?? [])] }));
  kept.forEach((result, index) => {
    const keep: number[] = [];
    result.warningCauses.forEach((cause, w) => {
      const key = `${result.idp}\u0000${cause}`;
      const seen = firstSeen.get(key);
      if (seen && seen.holder !== index) seen.others.push(result.id);
      else {
        if (!seen) firstSeen.set(key, { holder: index, cause, others: [] });
        keep.push(w);
      }
    });
    if (keep.length === result.warningCauses.length) return;
    result.warnings = keep.map((w) => result.warnings[w]!);
    result.warningCauses = keep.map((w) => result.warningCauses[w]!);
  });
  for (const seen of firstSeen.values()) {
    if (seen.others.length === 0) continue;
    const holder = kept[seen.holder]!;
    const at = holder.warningCauses.indexOf(seen.cause);
    if (at >= 0) holder.warnings[at] = `${holder.warnings[at]} [the same in ${seen.others.length} more: ${[...new Set(seen.others)].join(', ')}]`;
  }
  return kept;
}
