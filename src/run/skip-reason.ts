import type { Scenario } from '../scenario/types.ts';
import { findProfile } from '../profiles/profiles.ts';
import { CAPABILITY_DRIVEN_SUITES, HONOURED_BY_IDPS, type DeclaredUnsupported } from './discover-capabilities.ts';
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
  const fromServer = CAPABILITY_DRIVEN_SUITES.includes(scenario.idp) ? declared : explicitlyDeclined(declared);
  for (const capability of scenario.requires ?? []) {
    const reason = profile?.lacks[capability] ?? fromServer[capability];
    if (reason) return `needs ${capability}: ${reason}`;
  }
  return undefined;
}

/** For an IdP suite: only what the server explicitly declares unsupported, and only what that IdP honours. */
function explicitlyDeclined(declared: DeclaredUnsupported): DeclaredUnsupported {
  return Object.fromEntries(HONOURED_BY_IDPS.flatMap((c) => (declared[c] && !declared[c]!.startsWith('support unknown') ? [[c, declared[c]]] : [])));
}
