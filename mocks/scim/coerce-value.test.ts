import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coerceValue } from './coerce-value.ts';
import { defineAttribute } from './schema/define-attribute.ts';
import { findAttribute } from './attribute-lookup.ts';
import { USER_RESOURCE_TYPE } from './schema/resource-types.ts';
import { ScimError } from './scim-error.ts';

const unknown: string[] = [];
const options = { onUnknown: (path: string) => void unknown.push(path), dropReadOnly: true };
const def = (path: string) => findAttribute(USER_RESOURCE_TYPE, path)!.def;
const invalid = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (error: unknown) => error instanceof ScimError && error.scimType === 'invalidValue' && pattern.test(error.detail));

test('booleans accept true/false and "True"/"False" in any case', () => {
  assert.equal(coerceValue(def('active'), 'False', 'active', options), false);
  assert.equal(coerceValue(def('active'), 'tRUE', 'active', options), true);
  assert.equal(coerceValue(def('active'), true, 'active', options), true);
  invalid(() => coerceValue(def('active'), 'yes', 'active', options), /"active" expects a boolean/);
  invalid(() => coerceValue(def('active'), 1, 'active', options), /the number 1/);
});

test('integers and decimals accept numeric strings', () => {
  const integer = defineAttribute('n', 'integer', 'n');
  const decimal = defineAttribute('d', 'decimal', 'd');
  assert.equal(coerceValue(integer, '42', 'n', options), 42);
  assert.equal(coerceValue(decimal, '-1.5e2', 'd', options), -150);
  invalid(() => coerceValue(integer, '4.2', 'n', options), /expects an integer/);
  invalid(() => coerceValue(integer, 4.2, 'n', options), /expects an integer/);
});

test('strings must be strings', () => {
  assert.equal(coerceValue(def('title'), '', 'title', options), '');
  invalid(() => coerceValue(def('title'), 5, 'title', options), /"title" expects a string but got the number 5/);
});

test('dateTime must be an xsd:dateTime', () => {
  const dateTime = defineAttribute('t', 'dateTime', 't');
  assert.equal(coerceValue(dateTime, '2024-05-01T12:00:00+02:00', 't', options), '2024-05-01T12:00:00+02:00');
  invalid(() => coerceValue(dateTime, 'May 1st', 't', options), /xsd:dateTime/);
});

test('complex values normalise sub-attribute case, drop unknown and readOnly subs', () => {
  unknown.length = 0;
  assert.deepEqual(coerceValue(def('name'), { GIVENNAME: 'B', nick: 'x' }, 'name', options), { givenName: 'B' });
  assert.deepEqual(unknown, ['name.nick']);
  assert.deepEqual(coerceValue(def('manager'), { value: '1', displayName: 'Boss' }, 'manager', options), { value: '1' });
});

test('a bare value for a complex attribute with a value sub-attribute becomes { value }', () => {
  assert.deepEqual(coerceValue(def('manager'), '271', 'manager', options), { value: '271' });
  invalid(() => coerceValue(def('name'), 'Barbara', 'name', options), /"name" expects an object/);
});

test('multi-valued: single values wrap, nulls and empties drop', () => {
  assert.deepEqual(coerceValue(def('emails'), { value: 'a@b.c' }, 'emails', options), [{ value: 'a@b.c' }]);
  assert.equal(coerceValue(def('emails'), [], 'emails', options), undefined);
  assert.equal(coerceValue(def('emails'), [null, {}], 'emails', options), undefined);
  assert.deepEqual(coerceValue(def('emails'), [{ value: 'x', primary: 'True' }], 'emails', options), [{ value: 'x', primary: true }]);
});

test('null is unassigned', () => {
  assert.equal(coerceValue(def('title'), null, 'title', options), undefined);
  assert.equal(coerceValue(def('name'), { givenName: null }, 'name', options), undefined);
});

test('an array for a singular simple attribute is accepted only with one element', () => {
  assert.equal(coerceValue(def('title'), ['Boss'], 'title', options), 'Boss');
  invalid(() => coerceValue(def('title'), ['a', 'b'], 'title', options), /expects a string but got an array/);
});
