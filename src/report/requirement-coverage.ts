import type { ScenarioResult } from '../engine/result-types.ts';
import catalogueJson from '../../scenarios/rfc-requirements.json' with { type: 'json' };

/** The RFC 2119 keyword that binds the service provider in a requirement. */
export type RequirementLevel = 'MUST' | 'MUST NOT' | 'REQUIRED' | 'SHALL' | 'SHALL NOT' | 'SHOULD' | 'SHOULD NOT' | 'RECOMMENDED';

/** The levels in the order reports list them. */
export const REQUIREMENT_LEVELS: readonly RequirementLevel[] = [
  'MUST', 'MUST NOT', 'REQUIRED', 'SHALL', 'SHALL NOT', 'SHOULD', 'SHOULD NOT', 'RECOMMENDED',
];

/** One sentence of RFC 7643 or RFC 7644 that binds a service provider (scenarios/rfc-requirements.json). */
export interface Requirement {
  /** `<rfc>-<section>-<letter>`, e.g. `7644-3.3-e`. */
  id: string;
  rfc: 7643 | 7644;
  section: string;
  level: RequirementLevel;
  /** The sentence, quoted from the RFC. */
  text: string;
  /** Observable from outside by a client. */
  testable: boolean;
  untestableReason?: string;
  /** `<suite>/<scenario id>` of the checks whose verdicts decide it (testable requirements only). */
  checks?: string[];
  note?: string;
}

export interface RequirementCatalogue {
  requirements: Requirement[];
  /** Testable requirements without a check yet, each with what a check would need. */
  knownGaps: Array<{ requirement: string; needs: string }>;
  notProviderBinding: Array<{ rfc: number; section: string; level: string; text: string; reason: string }>;
}

/** The shipped catalogue (validated against scenarios/rfc-requirements.schema.json by tests/rfc-requirements.test.ts). */
export const RFC_REQUIREMENTS = catalogueJson as unknown as RequirementCatalogue;

/**
 * A requirement's status on one run:
 * `passed` / `failed` / `warning` / `skipped` / `blocked` come from the results of its checks;
 * `not-run`: it has checks, none ran; `no-check`: testable, no check yet (a known gap); `untestable`: not observable.
 */
export type RequirementStatus = 'passed' | 'failed' | 'warning' | 'skipped' | 'blocked' | 'not-run' | 'no-check' | 'untestable';

export const REQUIREMENT_STATUS_ORDER: readonly RequirementStatus[] = [
  'failed', 'blocked', 'warning', 'passed', 'skipped', 'not-run', 'no-check', 'untestable',
];

export interface RequirementOutcome {
  requirement: Requirement;
  status: RequirementStatus;
  /** Why: the skip reasons of its checks, the untestable reason, or what a missing check would need. */
  reason?: string;
  /** The results that decided the status (those of its checks that ran), by id. */
  results: Array<{ id: string; status: RequirementStatus }>;
}

/** How many requirements have a check: over all, and per level. */
export interface CatalogueCoverage {
  total: number;
  testable: number;
  /** Testable requirements with at least one check. */
  covered: number;
  byLevel: Array<{ level: RequirementLevel; total: number; testable: number; covered: number }>;
}

/** A result's own status as a requirement status: a passed result with warnings is a warning. */
function resultStatus(r: ScenarioResult): RequirementStatus {
  return r.status === 'passed' && r.warnings.length > 0 ? 'warning' : r.status;
}

/** The worst of several results: failed, then blocked, warning, passed, skipped. */
function combine(statuses: readonly RequirementStatus[]): RequirementStatus {
  for (const s of ['failed', 'blocked', 'warning', 'passed', 'skipped'] as const) if (statuses.includes(s)) return s;
  return 'not-run';
}

/**
 * Counts, from the catalogue alone, the testable requirements that have a check, over all and per level.
 * @see issue 17 item 1; scenarios/rfc-requirements.json
 */
export function catalogueCoverage(catalogue: RequirementCatalogue = RFC_REQUIREMENTS): CatalogueCoverage {
  const reqs = catalogue.requirements;
  const isCovered = (r: Requirement) => r.testable && (r.checks?.length ?? 0) > 0;
  return {
    total: reqs.length,
    testable: reqs.filter((r) => r.testable).length,
    covered: reqs.filter(isCovered).length,
    byLevel: REQUIREMENT_LEVELS.map((level) => {
      const at = reqs.filter((r) => r.level === level);
      return { level, total: at.length, testable: at.filter((r) => r.testable).length, covered: at.filter(isCovered).length };
    }).filter((l) => l.total > 0),
  };
}

/**
 * Each requirement's status on a run, from the results of the checks that decide it: the worst of them
 * (failed, blocked, warning, passed, then skipped with the skip reasons); `not-run` when none of them ran.
 * @example requirementOutcomes(results).filter((o) => o.status === 'failed').map((o) => o.requirement.id)
 * @see issue 17 item 4; scenarios/rfc-requirements.json
 */
export function requirementOutcomes(
  results: readonly ScenarioResult[],
  { catalogue = RFC_REQUIREMENTS }: { catalogue?: RequirementCatalogue } = {},
): RequirementOutcome[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const gaps = new Map(catalogue.knownGaps.map((g) => [g.requirement, g.needs]));
  return catalogue.requirements.map((requirement): RequirementOutcome => {
    if (!requirement.testable) {
      return { requirement, status: 'untestable', reason: requirement.untestableReason, results: [] };
    }
    const checks = requirement.checks ?? [];
    if (checks.length === 0) {
      return { requirement, status: 'no-check', reason: gaps.get(requirement.id) ?? 'no check yet', results: [] };
    }
    const ran = checks.flatMap((id) => {
      const r = byId.get(id);
      return r === undefined ? [] : [{ id, status: resultStatus(r), skipReason: r.skipReason }];
    });
    const status = combine(ran.map((r) => r.status));
    const reasons = [...new Set(ran.filter((r) => r.status === 'skipped').map((r) => r.skipReason ?? 'no reason given'))];
    return {
      requirement,
      status,
      ...(status === 'skipped' ? { reason: reasons.join('; ') } : {}),
      results: ran.map(({ id, status: s }) => ({ id, status: s })),
    };
  });
}

/** Requirements per status, every status present (0 when none). */
export function countOutcomes(outcomes: readonly RequirementOutcome[]): Record<RequirementStatus, number> {
  const counts = Object.fromEntries(REQUIREMENT_STATUS_ORDER.map((s) => [s, 0])) as Record<RequirementStatus, number>;
  for (const o of outcomes) counts[o.status] += 1;
  return counts;
}

/** True when at least one result of the run is a check some requirement names: only then do reports show coverage. */
export function runDecidesRequirements(
  results: readonly ScenarioResult[],
  { catalogue = RFC_REQUIREMENTS }: { catalogue?: RequirementCatalogue } = {},
): boolean {
  const checks = new Set(catalogue.requirements.flatMap((r) => r.checks ?? []));
  return results.some((r) => checks.has(r.id));
}

/**
 * One line for summary.md: catalogue coverage, then how the run decided the testable requirements, e.g.
 * `**RFC 7643/7644 requirements** 91 of 181 testable have a check · this run: 80 passed · 2 failed · …`.
 */
export function requirementCoverageLine(
  results: readonly ScenarioResult[],
  { catalogue = RFC_REQUIREMENTS }: { catalogue?: RequirementCatalogue } = {},
): string {
  const c = catalogueCoverage(catalogue);
  const n = countOutcomes(requirementOutcomes(results, { catalogue }));
  const run = (['passed', 'failed', 'warning', 'skipped', 'blocked', 'not-run'] as const)
    .filter((s) => n[s] > 0 || s === 'passed' || s === 'failed')
    .map((s) => `${n[s]} ${s === 'not-run' ? 'not run' : s}`);
  return `**RFC 7643/7644 requirements** ${c.covered} of ${c.testable} testable have a check ` +
    `(${c.total - c.testable} not testable from outside, ${c.testable - c.covered} known gaps) · this run: ${run.join(' · ')}`;
}

/** What the console line needs of a result (conformance.json's results carry these). */
export type ResultVerdict = Pick<ScenarioResult, 'id' | 'status' | 'warnings'> & { skipReason?: string };

/**
 * The run's last console line on requirements, only when the rfc suite ran, e.g.
 * `RFC 7643/7644: 190 testable requirements, 190 checked: 170 passed, 3 failed, 5 warning, 12 skipped`.
 * @see issue 17 ("coverage is printed by the run"); scenarios/rfc-requirements.json
 */
export function requirementConsoleLine(
  results: readonly ResultVerdict[],
  { catalogue = RFC_REQUIREMENTS }: { catalogue?: RequirementCatalogue } = {},
): string | undefined {
  if (!results.some((r) => r.id.startsWith('rfc/'))) return undefined;
  const c = catalogueCoverage(catalogue);
  const n = countOutcomes(requirementOutcomes(results as readonly ScenarioResult[], { catalogue }));
  const run = (['passed', 'failed', 'warning', 'skipped', 'blocked', 'not-run'] as const)
    .filter((s) => n[s] > 0 || s === 'passed' || s === 'failed')
    .map((s) => `${n[s]} ${s === 'not-run' ? 'not run' : s}`);
  return `RFC 7643/7644: ${c.testable} testable requirements, ${c.covered} checked: ${run.join(', ')}`;
}
