import type { Scenario } from '../scenario/types.ts';
import { findProfile } from '../profiles/profiles.ts';
import type { RunConfig } from './run-config.ts';

/**
 * Why a scenario does not run against this target, or undefined when it runs.
 * What the target legitimately lacks is a skip with its reason, never a failure.
 */
export function skipReason(scenario: Scenario, run: Pick<RunConfig, 'profile' | 'only'>): string | undefined {
  const key = `${scenario.idp}/${scenario.id}`;
  if (scenario.optIn && !run.only.includes(key)) return `opt-in: ${scenario.optIn} Select it with --scenario ${key}.`;
  if (scenario.profiles && !scenario.profiles.includes(run.profile)) {
    return `written for the ${scenario.profiles.join(', ')} profile(s), and this run uses ${run.profile}`;
  }
  const profile = findProfile(run.profile);
  for (const capability of scenario.requires ?? []) {
    const reason = profile?.lacks[capability];
    if (reason) return `needs ${capability}: ${reason}`;
  }
  return undefined;
}
