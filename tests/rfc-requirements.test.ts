import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadScenarios } from '../src/scenario/index.ts';
import { catalogueCoverage, RFC_REQUIREMENTS, type Requirement, type RequirementCatalogue } from '../src/report/requirement-coverage.ts';
import catalogueJson from '../scenarios/rfc-requirements.json' with { type: 'json' };
import { schemaProblems, traceProblems } from './support/requirement-trace.ts';

// Traceability of scenarios/rfc-requirements.json (issue 17 item 1): the catalogue is well-formed, every check it
// cites exists, and every testable requirement either has a check or is a reviewed known gap.

const scenarioIds = new Set(loadScenarios().map((s) => `${s.idp}/${s.id}`));
const named = new Map(loadScenarios().map((s) => [`${s.idp}/${s.id}`, s.requirements ?? []]));

test('the catalogue follows scenarios/rfc-requirements.schema.json', () => {
  assert.deepEqual(schemaProblems(catalogueJson), []);
});

test('the catalogue traces: checks exist, every testable requirement has a check or is a reviewed known gap', () => {
  assert.deepEqual(traceProblems(RFC_REQUIREMENTS, scenarioIds), []);
});

test('the trace holds both ways: each check names its requirements in the scenario, each rfc scenario names requirements the catalogue lists it under', () => {
  assert.deepEqual(traceProblems(RFC_REQUIREMENTS, scenarioIds, { named }), []);
});

test('a scenario that names the requirements it proves is listed as a check of each', () => {
  const byId = new Map(RFC_REQUIREMENTS.requirements.map((r) => [r.id, r]));
  const wrong = loadScenarios().flatMap((s) => [...(s.source.notes ?? '').matchAll(/\b764[34]-\d+(?:\.\d+)*-[a-z]\b/g)]
    .map((m) => m[0])
    .filter((id) => !(byId.get(id)?.checks ?? []).includes(`${s.idp}/${s.id}`) && !(s.source.notes ?? '').includes(`see ${id}`))
    .map((id) => `${s.idp}/${s.id} names ${id}, whose checks do not include it`));
  assert.deepEqual(wrong, []);
});

test('a scenario\'s requirements field names requirements that list it as a check, and they list it', () => {
  const byId = new Map(RFC_REQUIREMENTS.requirements.map((r) => [r.id, r]));
  const wrong = loadScenarios().flatMap((s) => (s.requirements ?? [])
    .filter((id) => !(byId.get(id)?.checks ?? []).includes(`${s.idp}/${s.id}`))
    .map((id) => `${s.idp}/${s.id} names ${id} in requirements, but ${byId.has(id) ? 'its checks do not include it' : 'no such requirement exists'}`));
  assert.deepEqual(wrong, []);
});

test('coverage: testable requirements with a check, by level', (t) => {
  const c = catalogueCoverage();
  assert.equal(c.byLevel.reduce((n, l) => n + l.total, 0), c.total, 'every requirement has a listed level');
  assert.equal(c.covered + RFC_REQUIREMENTS.knownGaps.length, c.testable, 'covered + known gaps = testable');
  t.diagnostic(`RFC 7643/7644 requirements binding a service provider: ${c.total}; testable from outside: ${c.testable}; ` +
    `with a check: ${c.covered} (${Math.round((100 * c.covered) / c.testable)}%); known gaps: ${RFC_REQUIREMENTS.knownGaps.length}`);
  for (const l of c.byLevel) t.diagnostic(`  ${l.level.padEnd(11)} ${l.covered}/${l.testable} testable covered (${l.total} in all)`);
});

// The checks above catch the mistakes they exist for:
const req = (over: Partial<Requirement>): Requirement =>
  ({ id: '7644-3.6-a', rfc: 7644, section: '3.6', level: 'MUST', text: 'x', testable: true, checks: ['rfc/delete-user'], ...over });
const cat = (requirements: Requirement[], gaps: string[] = []): RequirementCatalogue =>
  ({ requirements, knownGaps: gaps.map((requirement) => ({ requirement, needs: 'a check' })), notProviderBinding: [] });

test('trace: a check naming no scenario is caught', () => {
  assert.deepEqual(traceProblems(cat([req({ checks: ['rfc/delete-usr'] })]), scenarioIds), ['7644-3.6-a: the check rfc/delete-usr is no scenario']);
});

test('trace: a testable requirement with no check and no known gap is caught', () => {
  assert.deepEqual(traceProblems(cat([req({ checks: [] })]), scenarioIds), ['7644-3.6-a: testable with no check; add one or list it in knownGaps']);
  assert.deepEqual(traceProblems(cat([req({ checks: [] })], ['7644-3.6-a']), scenarioIds), []);
});

test('trace: a known gap that now has a check is caught', () => {
  assert.deepEqual(traceProblems(cat([req({})], ['7644-3.6-a']), scenarioIds),
    ['7644-3.6-a: listed in knownGaps but it has a check, is untestable or is unknown']);
});

test('trace: duplicate and misnamed ids and dangling references are caught', () => {
  const problems = traceProblems(cat([req({}), req({ note: 'see 7644-9.9-z' }), req({ id: '7644-3.7-a' })]), scenarioIds);
  assert.deepEqual(problems, [
    '7644-3.6-a: the id is used twice',
    '7644-3.7-a: the id must start with 7644-3.6-',
    '7644-9.9-z: named in the catalogue\'s prose but no such requirement',
  ]);
});

test('schema: an untestable requirement that cites checks, or lacks its reason, is caught', () => {
  const bad = { ...catalogueJson, requirements: [{ ...req({ testable: false }) }] };
  assert.ok(schemaProblems(bad).length > 0, 'checks on an untestable requirement');
  const noReason = { ...catalogueJson, requirements: [{ ...req({ testable: false, checks: undefined }) }] };
  assert.ok(schemaProblems(JSON.parse(JSON.stringify(noReason))).some((p) => p.includes('untestableReason')));
});

// Both directions between the catalogue's checks and the scenarios' requirements field:
const fakeIds = new Set(['rfc/delete-user', 'rfc/get-user']);
const namedBy = (entries: Record<string, string[]>, uncatalogued: Record<string, string> = {}) => ({ named: new Map(Object.entries(entries)), uncatalogued });

test('trace: a scenario naming an unknown requirement is caught', () => {
  assert.deepEqual(traceProblems(cat([req({})]), fakeIds, namedBy({ 'rfc/delete-user': ['7644-3.6-a', '7644-3.6-z'], 'rfc/get-user': [] }, { 'rfc/get-user': 'x' })),
    ['rfc/delete-user: names 7644-3.6-z, which is no requirement of the catalogue']);
});

test('trace: a check the catalogue lists whose scenario does not name the requirement is caught', () => {
  assert.deepEqual(traceProblems(cat([req({})]), fakeIds, namedBy({ 'rfc/delete-user': [], 'rfc/get-user': [] }, { 'rfc/delete-user': 'x', 'rfc/get-user': 'x' })),
    ['7644-3.6-a: lists the check rfc/delete-user, but rfc/delete-user does not name 7644-3.6-a in its requirements']);
});

test('trace: a scenario naming a requirement that does not list it as a check is caught', () => {
  assert.deepEqual(traceProblems(cat([req({})]), fakeIds, namedBy({ 'rfc/delete-user': ['7644-3.6-a'], 'rfc/get-user': ['7644-3.6-a'] })),
    ['rfc/get-user: names 7644-3.6-a, but 7644-3.6-a does not list it among its checks']);
});

test('trace: an rfc scenario naming no requirement must be a listed exception, and an exception naming some is stale', () => {
  assert.deepEqual(traceProblems(cat([req({})]), fakeIds, namedBy({ 'rfc/delete-user': ['7644-3.6-a'], 'rfc/get-user': [] })),
    ['rfc/get-user: names no requirement; add its requirements, or list it in UNCATALOGUED_RFC_SCENARIOS with the reason']);
  assert.deepEqual(traceProblems(cat([req({})]), fakeIds, namedBy({ 'rfc/delete-user': ['7644-3.6-a'], 'rfc/get-user': [] }, { 'rfc/delete-user': 'x', 'rfc/get-user': 'x' })),
    ['rfc/delete-user: names requirements but is listed in UNCATALOGUED_RFC_SCENARIOS; remove it from there']);
});
