import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDefinition } from './attribute-targets.ts';
import { generateValue } from './generate-value.ts';

const def = (raw: Record<string, unknown>) => readDefinition({ name: 'x', ...raw });

test('a value of each declared type, and a different one for variant 1', () => {
  const cases: Array<[Record<string, unknown>, unknown, unknown]> = [
    [{ type: 'string' }, '{{data.prefix}}x-a', '{{data.prefix}}x-b'],
    [{ type: 'boolean' }, true, false],
    [{ type: 'integer' }, 42, 43],
    [{ type: 'decimal' }, 4.5, 5.25],
    [{ type: 'dateTime' }, '2026-01-02T03:04:05Z', '2026-02-03T04:05:06Z'],
    [{ type: 'binary' }, 'c2NpbS1jb25mb3JtYW5jZQ==', 'c2NpbS1jb25mb3JtYW5jZS0y'],
    [{ type: 'string', canonicalValues: ['work', 'home'] }, 'work', 'home'],
  ];
  for (const [raw, first, second] of cases) {
    assert.deepEqual(generateValue(def(raw), 0), { value: first }, JSON.stringify(raw));
    assert.deepEqual(generateValue(def(raw), 1), { value: second }, JSON.stringify(raw));
  }
  assert.equal(Buffer.from('c2NpbS1jb25mb3JtYW5jZQ==', 'base64').toString(), 'scim-conformance');
});

test('multi-valued values are arrays; complex values hold each writable sub-attribute', () => {
  assert.deepEqual(generateValue(def({ type: 'integer', multiValued: true })), { value: [42] });
  const car = def({ type: 'complex', subAttributes: [{ name: 'plate', type: 'string' }, { name: 'id', type: 'string', mutability: 'readOnly' }, { name: 'primary', type: 'boolean' }] });
  assert.deepEqual(generateValue(car), { value: { plate: '{{data.prefix}}x-plate-a', primary: true } });
});

test('well-known core values a server may validate come from the generated test data', () => {
  const emails = readDefinition({ name: 'emails', type: 'complex', multiValued: true, subAttributes: [{ name: 'value', type: 'string' }, { name: 'type', type: 'string', canonicalValues: ['work'] }] });
  assert.deepEqual(generateValue(emails), { value: [{ value: '{{user1.email}}', type: 'work' }] });
});

test('what cannot be generated safely is skipped with the reason', () => {
  assert.match((generateValue(def({ type: 'reference', referenceTypes: ['User'] })) as { skip: string }).skip, /refers to a User resource/);
  assert.match((generateValue(def({ type: 'complex', subAttributes: [{ name: 'value', type: 'string' }, { name: '$ref', type: 'reference', referenceTypes: ['Group'] }] })) as { skip: string }).skip, /refers to another resource/);
  assert.match((generateValue(def({ type: 'int' })) as { skip: string }).skip, /type "int", which RFC 7643 §2.3 does not define/);
  assert.match((generateValue(def({ type: 'complex' })) as { skip: string }).skip, /declares no subAttributes/);
  assert.match((generateValue(def({ type: 'string', canonicalValues: [] })) as { skip: string }).skip, /empty canonicalValues list, which admits no value/);
  assert.deepEqual(generateValue(def({ type: 'reference', referenceTypes: ['external'] })), { value: 'https://example.com/scim-conformance/{{data.prefix}}x-0' });
});
