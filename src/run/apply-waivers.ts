import type { ScenarioResult } from '../engine/result-types.ts';
import type { Waiver } from './read-waivers.ts';

/** The waiver that covers a result id and has not expired on `today` (YYYY-MM-DD), if any. */
export function activeWaiver(id: string, waivers: readonly Waiver[], today: string): Waiver | undefined {
  return waivers.find((w) => w.id === id && w.expires >= today);
}

/**
 * Applies `--waivers` to one result. A failed result with an active waiver becomes `skipped` with the
 * reason `waived: <reason> (<link>; until <expires>)` and keeps its failures; an expired waiver does not
 * apply, and a failure then says so. A waiver on a passing check is noted as no longer needed.
 * @param today the run's date, YYYY-MM-DD (a waiver applies through its expiry day)
 * @see issue 5 item 4 (waivers)
 */
export function applyWaivers(result: ScenarioResult, waivers: readonly Waiver[], today: string): ScenarioResult {
  const waiver = waivers.find((w) => w.id === result.id);
  if (!waiver) return result;
  if (waiver.expires < today) {
    if (result.status !== 'failed') return result;
    const note = {
      step: 'waiver',
      message: `the waiver for ${result.id} expired on ${waiver.expires} ("${waiver.reason}", ${waiver.link}), so this failure counts again. What to do: fix the deviation, or renew the waiver with a later "expires"`,
      reference: waiver.link,
    };
    return { ...result, failures: [...result.failures, note] };
  }
  if (result.status === 'failed') {
    return { ...result, status: 'skipped', skipReason: `waived: ${waiver.reason} (${waiver.link}; until ${waiver.expires})` };
  }
  if (result.status === 'passed') {
    return { ...result, warnings: [...result.warnings, `the waiver for ${result.id} (${waiver.link}) is no longer needed: the check passes. Remove it from the waivers file`] };
  }
  return result;
}
