import type { RunInfo, ScenarioResult } from '../engine/result-types.ts';
import { redactDeep } from './redact.ts';

/**
 * Redacts every string in the results and the run description before a writer escapes it, so a
 * secret is caught before escaping could change its spelling. `secrets` itself is kept as given.
 */
export function redactInputs(
  results: readonly ScenarioResult[],
  run: RunInfo,
): { results: ScenarioResult[]; run: RunInfo } {
  const { secrets, ...rest } = run;
  return { results: redactDeep([...results], secrets), run: { ...redactDeep(rest, secrets), secrets } };
}
