import { Ajv2020 } from 'ajv/dist/2020.js';
import type { RequirementCatalogue } from '../../src/report/requirement-coverage.ts';
import catalogueSchema from '../../scenarios/rfc-requirements.schema.json' with { type: 'json' };

const REQUIREMENT_ID = /\b764[34]-\d+(?:\.\d+)*-[a-z]\b/g;
// strictRequired is off: the schema's `not: { required: [...] }` names properties defined one level up.
const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(catalogueSchema);

/** Where the catalogue breaks scenarios/rfc-requirements.schema.json, as `<pointer> <message>`. */
export function schemaProblems(catalogue: unknown): string[] {
  return validate(catalogue) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * The rfc scenarios that name no requirement, each with why: they check RFC 7644 behaviour stated without a
 * binding keyword (or beside the sentence the catalogue quotes), so no catalogue entry cites them. A new rfc
 * scenario must name its requirements or be listed here with its reason.
 */
export const UNCATALOGUED_RFC_SCENARIOS: Readonly<Record<string, string>> = {
  'rfc/auth-wrong': 'RFC 7644 §2 and §3.12 describe 401 for bad credentials without a keyword; auth-missing carries the §3.12 MUSTs',
  'rfc/etag-if-none-match': 'RFC 7232 §3.2 (304 Not Modified) is HTTP, not an RFC 7643/7644 sentence',
  'rfc/filter-value-path': 'the [ ] grouping itself is a MAY of RFC 7644 §3.4.2.2; its MUST is checked by filter-value-path-same-value',
  'rfc/pagination-count-above-maximum': 'RFC 7644 §3.4.2.4 lets the server cap count (no keyword on the page size it returns)',
  'rfc/pagination-past-end': 'RFC 7644 §3.4.2.4 describes a startIndex past the end without a keyword',
  'rfc/patch-add-multi-valued': 'RFC 7644 §3.5.2.1 says a new value is added to a multi-valued attribute without a keyword',
  'rfc/patch-remove-absent': 'RFC 7644 §3.5.2.2 leaves a remove of an unassigned attribute unspecified',
  'rfc/patch-replace-no-path': 'RFC 7644 §3.5.2.3 describes a replace without a path without a keyword',
};

/** What the scenarios say of the requirements: `<suite>/<id>` → the ids in its `requirements` field ([] when absent). */
export interface ScenarioRequirements {
  named: ReadonlyMap<string, readonly string[]>;
  /** rfc scenarios allowed to name none, with the reason (default UNCATALOGUED_RFC_SCENARIOS). */
  uncatalogued?: Readonly<Record<string, string>>;
}

/**
 * The traceability problems of a catalogue against the scenarios that exist (`<suite>/<id>`), one sentence each:
 * duplicate or misnamed ids, checks naming no scenario, testable requirements with no check that are not known
 * gaps, known gaps that have a check (or are not testable, or unknown), and requirement ids in prose that do not exist.
 * With `scenarios`, both directions of the trace too: a scenario naming an unknown requirement, a check the
 * catalogue lists whose scenario does not name that requirement, a scenario naming a requirement that does not list
 * it, and an rfc scenario naming none that is not a listed exception (or an exception that now names some).
 */
export function traceProblems(catalogue: RequirementCatalogue, scenarioIds: ReadonlySet<string>, scenarios?: ScenarioRequirements): string[] {
  const { requirements, knownGaps, notProviderBinding } = catalogue;
  const problems: string[] = [];
  const ids = requirements.map((r) => r.id);
  for (const id of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) problems.push(`${id}: the id is used twice`);
  for (const r of requirements) {
    if (!r.id.startsWith(`${r.rfc}-${r.section}-`)) problems.push(`${r.id}: the id must start with ${r.rfc}-${r.section}-`);
    for (const c of r.checks ?? []) if (!scenarioIds.has(c)) problems.push(`${r.id}: the check ${c} is no scenario`);
  }
  const uncovered = new Set(requirements.filter((r) => r.testable && (r.checks ?? []).length === 0).map((r) => r.id));
  const gaps = knownGaps.map((g) => g.requirement);
  for (const id of uncovered) if (!gaps.includes(id)) problems.push(`${id}: testable with no check; add one or list it in knownGaps`);
  for (const id of gaps) if (!uncovered.has(id)) problems.push(`${id}: listed in knownGaps but it has a check, is untestable or is unknown`);
  for (const id of new Set(gaps.filter((x, i) => gaps.indexOf(x) !== i))) problems.push(`${id}: listed in knownGaps twice`);
  const known = new Set(ids);
  const prose = [
    ...requirements.flatMap((r) => [r.text, r.note ?? '', r.untestableReason ?? '']),
    ...knownGaps.map((g) => g.needs),
    ...notProviderBinding.map((n) => n.reason),
  ];
  for (const id of new Set(prose.flatMap((p) => [...p.matchAll(REQUIREMENT_ID)].map((m) => m[0])))) {
    if (!known.has(id)) problems.push(`${id}: named in the catalogue's prose but no such requirement`);
  }
  if (scenarios) problems.push(...scenarioTraceProblems(requirements, scenarioIds, scenarios));
  return problems;
}

/** The two directions between the catalogue's `checks` and the scenarios' `requirements` fields. */
function scenarioTraceProblems(requirements: RequirementCatalogue['requirements'], scenarioIds: ReadonlySet<string>, scenarios: ScenarioRequirements): string[] {
  const problems: string[] = [];
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const uncatalogued = scenarios.uncatalogued ?? UNCATALOGUED_RFC_SCENARIOS;
  for (const r of requirements) {
    for (const c of r.checks ?? []) {
      if (scenarioIds.has(c) && !(scenarios.named.get(c) ?? []).includes(r.id)) problems.push(`${r.id}: lists the check ${c}, but ${c} does not name ${r.id} in its requirements`);
    }
  }
  for (const [scenario, ids] of scenarios.named) {
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) problems.push(`${scenario}: names ${id}, which is no requirement of the catalogue`);
      else if (!(r.checks ?? []).includes(scenario)) problems.push(`${scenario}: names ${id}, but ${id} does not list it among its checks`);
    }
    if (!scenario.startsWith('rfc/')) continue;
    if (ids.length === 0 && !(scenario in uncatalogued)) problems.push(`${scenario}: names no requirement; add its requirements, or list it in UNCATALOGUED_RFC_SCENARIOS with the reason`);
    if (ids.length > 0 && scenario in uncatalogued) problems.push(`${scenario}: names requirements but is listed in UNCATALOGUED_RFC_SCENARIOS; remove it from there`);
  }
  return problems;
}
