import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandPointer, readPointer, readPointerValues } from './json-pointer.ts';

const doc = { Resources: [{ ext: [{ s: 'a' }, { s: 'b' }] }, { name: 'no ext' }, { ext: [{ s: 'c' }] }] };

test('readPointer reads one value, undefined when a segment is missing', () => {
  assert.equal(readPointer(doc, '/Resources/0/ext/1/s'), 'b');
  assert.equal(readPointer(doc, '/Resources/1/ext/0/s'), undefined);
});

test('expandPointer: * is every index of the array there; missing branches yield nothing; the leaf is kept', () => {
  assert.deepEqual(expandPointer(doc, '/Resources/*/ext/*/s'), ['/Resources/0/ext/0/s', '/Resources/0/ext/1/s', '/Resources/2/ext/0/s']);
  assert.deepEqual(expandPointer(doc, '/Resources/*/name'), ['/Resources/0/name', '/Resources/1/name', '/Resources/2/name']);
  assert.deepEqual(expandPointer(doc, '/Resources/0/id'), ['/Resources/0/id'], 'no * is the pointer itself');
});

test('readPointerValues gives the array of every match (empty when none)', () => {
  assert.deepEqual(readPointerValues(doc, '/Resources/*/ext/*/s'), ['a', 'b', 'c']);
  assert.deepEqual(readPointerValues({}, '/schemaExtensions/*/schema'), []);
  assert.equal(readPointerValues(doc, '/Resources/0/ext/0/s'), 'a');
});
