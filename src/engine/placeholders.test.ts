import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillJson, fillString, listPlaceholders, MissingValueError } from './placeholders.ts';

const values: Record<string, unknown> = { 'user1.userName': 'a b+c@example.com', userId: 'u-1', flag: false, n: 3 };
const resolve = (name: string) => values[name];

test('url filter encodes space as %20, @ as %40 and + as %2B', () => {
  assert.equal(fillString('filter=userName%20eq%20%22{{user1.userName|url}}%22', resolve), 'filter=userName%20eq%20%22a%20b%2Bc%40example.com%22');
});

test('form filter encodes space as + the way Entra does', () => {
  assert.equal(fillString('{{user1.userName|form}}', resolve), 'a+b%2Bc%40example.com');
});

test('upper and lower filters change case', () => {
  assert.equal(fillString('{{user1.userName|upper}}', resolve), 'A B+C@EXAMPLE.COM');
  assert.equal(fillString('{{ user1.userName | lower }}', resolve), 'a b+c@example.com');
});

test('fullwidth filter writes printable ASCII as its fullwidth form (PRECIS width mapping maps it back)', () => {
  assert.equal(fillString('{{user1.userName|fullwidth}}', resolve), 'ａ ｂ＋ｃ＠ｅｘａｍｐｌｅ．ｃｏｍ');
  assert.equal(fillString('{{user1.userName|fullwidth}}', resolve).normalize('NFKC'), 'a b+c@example.com');
});

test('a whole-string placeholder in a JSON body keeps the value type', () => {
  assert.deepEqual(fillJson({ active: '{{flag}}', count: '{{n}}', id: 'x-{{userId}}' }, resolve), { active: false, count: 3, id: 'x-u-1' });
});

test('placeholders in object keys and arrays are filled', () => {
  assert.deepEqual(fillJson({ '{{userId}}': ['{{userId}}'] }, resolve), { 'u-1': ['u-1'] });
});

test('a missing value throws MissingValueError naming the placeholder', () => {
  assert.throws(() => fillString('/Users/{{groupId}}', resolve), (error: unknown) => error instanceof MissingValueError && error.placeholder === 'groupId');
});

test('an unknown filter is an error that lists the valid ones', () => {
  assert.throws(() => fillString('{{userId|base64}}', resolve), /unknown placeholder filter "\|base64"; use one of url, form, upper, lower, lastSegment, fullwidth/);
});

test('listPlaceholders finds names in keys, values and nested arrays', () => {
  assert.deepEqual(listPlaceholders({ a: ['{{x}} {{y|url}}'], '{{z}}': 1 }), ['x', 'y', 'z']);
});

test('lastSegment filter takes the id at the end of a location URL', () => {
  const at = (location: string) => fillString('/Users/{{loc|lastSegment}}', (name) => (name === 'loc' ? location : undefined));
  assert.equal(at('https://example.com/scim/v2/Users/2819c223-7f76'), '/Users/2819c223-7f76');
  assert.equal(at('https://example.com/scim/v2/Users/abc/?x=1'), '/Users/abc');
});
