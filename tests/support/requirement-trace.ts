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
 * The traceability problems of a catalogue against the scenarios that exist (`<suite>/<id>`), one sentence each:
 * duplicate or misnamed ids, checks naming no scenario, testable requirements with no check that are not known
 * gaps, known gaps that have a check (or are not testable, or unknown), and requirement ids in prose that do not exist.
 */
export function traceProblems(catalogue: RequirementCatalogue, scenarioIds: ReadonlySet<string>): string[] {
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
  return problems;
}
