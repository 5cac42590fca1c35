import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scenario } from '../scenario/types.ts';
import { parseDeclaredSchemas } from './declared-schemas.ts';
import { expandSchemaScenario } from './expand-schema-scenario.ts';
import { ACME, fixtureDeclarations } from './fixture-declarations.ts';

const scenario = (check: NonNullable<Scenario['schemaDriven']>['check'], maxSteps?: number): Scenario => ({
  id: `schema-${check}`, idp: 'rfc', title: 't', operation: 'protocol', source: { reference: 'RFC 7643 §7' },
  schemaDriven: { check, ...(maxSteps ? { maxSteps } : {}) }, steps: [],
});
const expand = (check: Parameters<typeof scenario>[0], declared = fixtureDeclarations(), maxSteps?: number) => {
  const result = expandSchemaScenario(scenario(check, maxSteps), declared);
  assert.ok('scenario' in result, JSON.stringify(result));
  return result;
};

test('immutable: a create, a PUT setting it, a PUT changing it (400 mutability, or 200 keeping the value), a read-back, named by attribute', () => {
  const { scenario: s } = expand('immutable');
  assert.deepEqual(s.steps.map((step) => step.name), [
    `${ACME}:badge (immutable): create a User without it`,
    `${ACME}:badge (immutable: set by PUT when it has no value)`,
    `${ACME}:badge (immutable: changed by PUT)`,
    `${ACME}:badge (immutable: read back)`,
  ]);
  const change = s.steps[2]!;
  assert.deepEqual(change.expect.status, [400, 200]);
  assert.equal((change.request.body as Record<string, Record<string, unknown>>)[ACME]!['badge'], '{{data.prefix}}badge-b');
  // The extension's required attributes come along, so the server can accept the body.
  assert.equal((change.request.body as Record<string, Record<string, unknown>>)[ACME]!['level'], 42);
  const kept = change.expect.body!.find((c) => c.pointer === `/${ACME}/badge`)!;
  assert.deepEqual([kept.equals, kept.whenStatus, kept.severity], ['{{data.prefix}}badge-a', [200], undefined]);
  assert.equal(change.expect.body!.find((c) => c.pointer === '/scimType')!.severity, 'warning', 'scimType mutability is a SHOULD');
});

test('definitions: one GET /Schemas step per schema; simple attributes must not have sub-attributes, sub-attributes must not be complex', () => {
  const { scenario: s } = expand('definitions');
  assert.deepEqual(s.steps.map((step) => step.name), ['urn:ietf:params:scim:schemas:core:2.0:User (attribute definitions)', `${ACME} (attribute definitions)`]);
  const checks = s.steps[1]!.expect.body!;
  assert.ok(checks.some((c) => c.pointer === '/Resources/1/attributes/1/subAttributes' && c.maxItems === 0), 'level (integer) has no sub-attributes');
  assert.ok(checks.some((c) => c.pointer === '/Resources/1/attributes/4/subAttributes/0/type' && c.notEquals === 'complex'), 'car.plate is not complex');
  assert.equal(checks.find((c) => c.pointer === '/Resources/1/attributes/0/type')!.severity, 'warning', 'a new type is a SHOULD NOT');
  assert.equal(checks.find((c) => c.pointer === '/Resources/1/attributes/0/mutability')!.severity, 'failure');
});

test('required: a required extension left out must be refused (failure); an optional one\'s required attribute left out is a warning', () => {
  const required = expand('required', fixtureDeclarations({ extensionRequired: true })).scenario.steps;
  assert.equal(required[0]!.name, `${ACME} (required extension): create a User without it`);
  assert.equal(required[0]!.expect.status, 400);
  const optional = expand('required').scenario.steps;
  const level = optional.find((s) => s.name === `${ACME}:level (required): create without it`)!;
  assert.deepEqual(level.expect.status, [400, 201, 200]);
  assert.equal(level.expect.body![0]!.severity, 'warning');
  assert.ok(optional.some((s) => s.name === `${ACME}:car.plate (required sub-attribute): create without it`));
  assert.equal(optional.at(-1)!.name, `${ACME} (required attributes): create with them`);
  assert.equal(new Set(optional.map((s) => (s.request.body as { userName: string }).userName)).size, optional.length, 'each create has its own userName');
});

test('returned never, returned request, read-only, uniqueness, case-exact and bulk references each find their attribute', () => {
  assert.match(expand('write-only').scenario.steps[0]!.name, /:pin \(returned never: create with a value\)$/);
  assert.equal(expand('returned-request').scenario.steps[2]!.request.query, `attributes=${encodeURIComponent(`${ACME}:note`)}`);
  assert.match(expand('uniqueness').scenario.steps[1]!.name, /:badge \(uniqueness server: another resource with the same value\)$/);
  assert.match(expand('case-exact').scenario.steps[2]!.request.query!, /^filter=urn%3Aexample%3Aacme%3A2\.0%3AUser%3Abadge%20eq%20%22\{\{data\.prefix\|url\}\}badge-mixed%22$/);
  const bulk = expand('bulk-reference').scenario.steps[0]!;
  assert.deepEqual((bulk.request.body as { Operations: Array<{ data: Record<string, unknown> }> }).Operations[1]!.data[ACME], { sponsor: { value: 'bulkId:sponsor1' }, level: 42 });
});

test('round-trip: one create per writable attribute, of its declared type; resource references are left out with the reason', () => {
  const result = expand('round-trip');
  assert.deepEqual(result.scenario.steps.map((s) => s.name), ['urn:ietf:params:scim:schemas:core:2.0:User:nickName (string)', `${ACME}:badge (string)`, `${ACME}:level (integer)`, `${ACME}:car (complex)`]);
  assert.ok(result.notExercised.some((n) => /:sponsor: sponsor refers to another resource/.test(n)), result.notExercised.join('\n'));
});

test('the cap bounds the generated steps and says what it left out', () => {
  const result = expand('round-trip', fixtureDeclarations(), 2);
  assert.equal(result.scenario.steps.length, 2);
  assert.ok(result.notExercised.some((n) => /beyond the cap/.test(n)));
});

test('nothing declared with the characteristic, or declarations unreadable: the scenario is skipped with the reason', () => {
  const none = expandSchemaScenario(scenario('immutable'), fixtureDeclarations({ acme: [] }));
  assert.deepEqual(none, { skip: 'schema-driven: the server declares no immutable attribute on its User or Group resource types' });
  const unreadable = expandSchemaScenario(scenario('definitions'), parseDeclaredSchemas(undefined, undefined));
  assert.match((unreadable as { skip: string }).skip, /could not be read: \/Schemas answered no list of schemas/);
  const plain: Scenario = { ...scenario('immutable'), schemaDriven: undefined, steps: [] };
  assert.equal((expandSchemaScenario(plain, fixtureDeclarations()) as { scenario: Scenario }).scenario, plain);
});
