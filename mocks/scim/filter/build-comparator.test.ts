import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equalsIgnoreCase, isPresentValue } from './build-comparator.ts';

test('equalsIgnoreCase folds ASCII case without changing meaning', () => {
  assert.equal(equalsIgnoreCase('BJensen@Example.COM', 'bjensen@example.com'), true);
  assert.equal(equalsIgnoreCase('bjensen@example.con', 'bjensen@example.com'), false);
  assert.equal(equalsIgnoreCase('abc', 'abcd'), false);
  assert.equal(equalsIgnoreCase('[', '{'), false);
});

test('equalsIgnoreCase handles non-ASCII letters, including ones that change length', () => {
  assert.equal(equalsIgnoreCase('ÉLODIE', 'élodie'), true);
  assert.equal(equalsIgnoreCase('İ', 'İ'.toLowerCase()), true);
  assert.equal(equalsIgnoreCase('Ω', 'ω'), true);
});

test('isPresentValue follows RFC 7644 pr', () => {
  assert.equal(isPresentValue('x'), true);
  assert.equal(isPresentValue(false), true);
  assert.equal(isPresentValue(''), false);
  assert.equal(isPresentValue(null), false);
  assert.equal(isPresentValue([null, '']), false);
  assert.equal(isPresentValue({ a: null }), false);
  assert.equal(isPresentValue([{ a: 'x' }]), true);
});
