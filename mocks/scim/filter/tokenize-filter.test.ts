import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScimError } from '../scim-error.ts';
import { tokenizeFilter } from './tokenize-filter.ts';

test('tokenizeFilter splits words, strings and brackets with offsets', () => {
  const tokens = tokenizeFilter('emails[type eq "work"].value eq "a b"');
  assert.deepEqual(
    tokens.map((t) => [t.type, t.text, t.start]),
    [
      ['word', 'emails', 0],
      ['[', '[', 6],
      ['word', 'type', 7],
      ['word', 'eq', 12],
      ['string', '"work"', 15],
      [']', ']', 21],
      ['word', '.value', 22],
      ['word', 'eq', 29],
      ['string', '"a b"', 32],
      ['end', '', 37],
    ],
  );
});

test('tokenizeFilter decodes JSON escapes in strings', () => {
  const [token] = tokenizeFilter('"say \\"hi\\" \\u00e9"');
  assert.equal(token!.value, 'say "hi" é');
});

test('tokenizeFilter keeps URN-qualified paths as one word', () => {
  const tokens = tokenizeFilter('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr');
  assert.equal(tokens[0]!.text, 'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName');
  assert.equal(tokens[1]!.text, 'pr');
});

test('tokenizeFilter rejects an unterminated string, naming the character', () => {
  assert.throws(
    () => tokenizeFilter('userName eq "bjensen'),
    (error: unknown) => error instanceof ScimError && error.scimType === 'invalidFilter' && /character 13/.test(error.detail) && /closing '"'/.test(error.detail),
  );
});

test('tokenizeFilter rejects a string with an invalid escape', () => {
  assert.throws(() => tokenizeFilter('userName eq "a\\qb"'), (error: unknown) => error instanceof ScimError && /not valid JSON/.test(error.detail));
});
