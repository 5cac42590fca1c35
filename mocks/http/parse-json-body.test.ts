import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestingDepth, parseJsonBody } from './parse-json-body.ts';

describe('parseJsonBody', () => {
  it('parses an object', () => assert.deepEqual(parseJsonBody('{"a":[1,{"b":"c"}]}', 64), { a: [1, { b: 'c' }] }));
  it('counts nesting outside strings only', () => {
    assert.equal(nestingDepth('{"a":"[[[[{{{"}'), 1);
    assert.equal(nestingDepth('{"a":[{"b":"\\"["}]}'), 3);
  });
  it('rejects nesting beyond the limit with invalidSyntax', () => {
    assert.throws(() => parseJsonBody(`{"a":${'['.repeat(5)}${']'.repeat(5)}}`, 5), { status: 400, scimType: 'invalidSyntax' });
  });
  it('rejects lone surrogates and NUL, in values and keys, with invalidValue', () => {
    for (const text of ['{"a":"\\udc00"}', '{"a":["x\\ud800y"]}', '{"a\\u0000":1}', '{"a":"\\u0000"}']) {
      assert.throws(() => parseJsonBody(text, 64), { status: 400, scimType: 'invalidValue' }, text);
    }
    assert.deepEqual(parseJsonBody('{"a":"\\ud83d\\ude00"}', 64), { a: '😀' });
  });
});
