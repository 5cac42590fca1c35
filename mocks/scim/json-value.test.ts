import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cloneJson, deepEqual, describeValue, isPlainObject } from './json-value.ts';

test('isPlainObject accepts objects only', () => {
  assert.equal(isPlainObject({}), true);
  assert.equal(isPlainObject([]), false);
  assert.equal(isPlainObject(null), false);
  assert.equal(isPlainObject('x'), false);
});

test('deepEqual ignores key order and compares arrays by position', () => {
  assert.equal(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }), true);
  assert.equal(deepEqual([1, 2], [2, 1]), false);
  assert.equal(deepEqual({ a: 1 }, { a: 1, b: undefined }), false);
  assert.equal(deepEqual({ a: [] }, { a: {} }), false);
  assert.equal(deepEqual(null, {}), false);
});

test('cloneJson copies nested objects so mutation does not leak', () => {
  const original = { a: { b: [1, { c: 2 }] } };
  const copy = cloneJson(original);
  (copy.a.b[1] as { c: number }).c = 3;
  assert.equal((original.a.b[1] as { c: number }).c, 2);
});

test('describeValue names the kind and truncates long values', () => {
  assert.equal(describeValue('maybe'), 'the string "maybe"');
  assert.equal(describeValue(null), 'null');
  assert.equal(describeValue({ a: 1 }), 'an object {"a":1}');
  assert.ok(describeValue('x'.repeat(100)).endsWith('...'));
});
