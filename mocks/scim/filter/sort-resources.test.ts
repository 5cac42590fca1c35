import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import { compareResources, compareSortKeys, parseSortAttribute } from './sort-resources.ts';

const users: Array<Record<string, unknown>> = [
  { id: 'b', userName: 'bob', name: { familyName: 'Zed' }, meta: { created: '2020-01-02T00:00:00Z' } },
  { id: 'A', userName: 'Alice', emails: [{ value: 'z@x.com' }, { value: 'a@x.com', primary: true }] },
  { id: 'c', userName: 'carol', name: { familyName: 'adams' }, meta: { created: '2020-01-01T23:00:00-02:00' }, emails: [{ value: 'm@x.com' }] },
];

const order = (sortBy: string, sortOrder: 'ascending' | 'descending' = 'ascending'): string[] =>
  [...users].sort((a, b) => compareResources(a, b, sortBy, USER_RESOURCE_TYPE, sortOrder)).map((u) => u.id as string);

test('sorts case-insensitive strings ignoring case', () => {
  assert.deepEqual(order('userName'), ['A', 'b', 'c']);
  assert.deepEqual(order('USERNAME', 'descending'), ['c', 'b', 'A']);
});

test('sorts caseExact strings by code unit (uppercase first)', () => {
  assert.deepEqual(order('id'), ['A', 'b', 'c']);
});

test('missing values sort last ascending and first descending', () => {
  assert.deepEqual(order('name.familyName'), ['c', 'b', 'A']);
  assert.deepEqual(order('name.familyName', 'descending'), ['A', 'b', 'c']);
});

test('dateTime sorts as instants', () => {
  // c was created 2020-01-02T01:00Z, after b.
  assert.deepEqual(order('meta.created'), ['b', 'c', 'A']);
});

test('multi-valued complex sorts by the primary value, else the first', () => {
  assert.deepEqual(order('emails'), ['A', 'c', 'b']);
  assert.deepEqual(order('emails.value'), ['A', 'c', 'b']);
});

test('unknown sortBy keeps the original order', () => {
  assert.deepEqual(order('favouriteColour'), ['b', 'A', 'c']);
  assert.equal(parseSortAttribute('favouriteColour', USER_RESOURCE_TYPE).def, undefined);
});

test('booleans sort false before true', () => {
  const key = parseSortAttribute('active', USER_RESOURCE_TYPE).keyOf;
  assert.equal(compareSortKeys(key({ active: false }), key({ active: true })), -1);
});

test('compareSortKeys treats two missing keys as equal', () => {
  assert.equal(compareSortKeys(undefined, undefined), 0);
  assert.equal(compareSortKeys(undefined, undefined, 'descending') === 0, true);
});
