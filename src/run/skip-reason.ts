import type { Scenario } from '../scenario/types.ts';
import { findProfile } from '../profiles/profiles.ts';
import { CAPABILITY_DRIVEN_SUITES, type DeclaredUnsupported } from './discover-capabilities.ts';
import type { RunConfig } from './run-config.ts';

/**
 * Why a scenario does not run against this target, or undefined when it runs.
 * What the target legitimately lacks is a skip with its reason, never a failure: what the profile lacks,
 * and, for the rfc suite, what the server's own discovery endpoints declare unsupported (`declared`,
 * from discoverCapabilities).
 */
export function skipReason(scenario: Scenario, run: Pick<RunConfig, 'profile' | 'only'>, declared: DeclaredUnsupported = {}): string | undefined {
  const key = `${scenario.idp}/${scenario.id}`;
  if (scenario.optIn && !run.only.includes(key)) return `opt-in: ${scenario.optIn} Select it with --scenario ${key}.`;
  if (scenario.profiles && !scenario.profiles.includes(run.profile)) {
    return `written for the ${scenario.profiles.join(', ')} profile(s), and this run uses ${run.profile}`;
  }
  const profile = findProfile(run.profile);
  const fromServer = CAPABILITY_DRIVEN_SUITES.includes(scenario.idp) ? declared : {};
  for (const capability of scenario.requires ?? []) {
    const reason = profile?.lacks[capability] ?? fromServer[capability];
    if (reason) return `needs ${capability}: ${reason}`;
  }
  return undefined;
}
