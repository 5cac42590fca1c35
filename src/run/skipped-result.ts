import type { ScenarioResult } from '../engine/result-types.ts';
import type { Scenario } from '../scenario/types.ts';

/** The result of a scenario that did not run, carrying the reason every report shows. */
export function skippedResult(scenario: Scenario, reason: string): ScenarioResult {
  return {
    id: `${scenario.idp}/${scenario.id}`,
    idp: scenario.idp,
    title: scenario.title,
    operation: scenario.operation,
    status: 'skipped',
    skipReason: reason,
    source: scenario.source.reference,
    failures: [],
    warnings: [],
    steps: [],
    cleanup: [],
    leftovers: [],
    durationMs: 0,
  };
}

/** The result of a scenario that could not start (no token, for example), with the reason as its failure. */
export function unstartedResult(scenario: Scenario, step: string, message: string, reference: string): ScenarioResult {
  return { ...skippedResult(scenario, ''), status: 'failed', skipReason: undefined, failures: [{ step, message, reference }] };
}
