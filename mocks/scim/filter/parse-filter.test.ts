import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScimError } from '../scim-error.ts';
import type { FilterNode } from './filter-ast.ts';
import { parseFilter } from './parse-filter.ts';

const cmp = (attribute: string, op: string, value: unknown, extra: Record<string, unknown> = {}): FilterNode =>
  ({ kind: 'compare', path: { attribute, ...extra }, op, value }) as FilterNode;

function assertInvalid(text: string, pattern: RegExp): void {
  assert.throws(
    () => parseFilter(text),
    (error: unknown) => {
      assert.ok(error instanceof ScimError, 'expected a ScimError');
      assert.equal(error.status, 400);
      assert.equal(error.scimType, 'invalidFilter');
      assert.match(error.detail, pattern);
      return true;
    },
  );
}

for (const op of ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']) {
  test(`parseFilter reads the ${op} operator`, () => {
    assert.deepEqual(parseFilter(`title ${op} "x"`), cmp('title', op, 'x'));
  });
}

test('parseFilter reads pr', () => {
  assert.deepEqual(parseFilter('title pr'), { kind: 'present', path: { attribute: 'title' } });
});

test('parseFilter accepts operators and keywords in any case', () => {
  assert.deepEqual(parseFilter('userName EQ "a" AND title Pr'), {
    kind: 'and',
    left: cmp('userName', 'eq', 'a'),
    right: { kind: 'present', path: { attribute: 'title' } },
  });
});

test('parseFilter reads true, false, null (any case) and JSON numbers', () => {
  assert.deepEqual(parseFilter('active eq true'), cmp('active', 'eq', true));
  assert.deepEqual(parseFilter('active eq FALSE'), cmp('active', 'eq', false));
  assert.deepEqual(parseFilter('title eq null'), cmp('title', 'eq', null));
  assert.deepEqual(parseFilter('x gt -1.5e3'), cmp('x', 'gt', -1500));
  assert.deepEqual(parseFilter('x le 0'), cmp('x', 'le', 0));
});

test('parseFilter: and binds tighter than or', () => {
  assert.deepEqual(parseFilter('a eq "1" or b eq "2" and c eq "3"'), {
    kind: 'or',
    left: cmp('a', 'eq', '1'),
    right: { kind: 'and', left: cmp('b', 'eq', '2'), right: cmp('c', 'eq', '3') },
  });
});

test('parseFilter: not binds tighter than and', () => {
  assert.deepEqual(parseFilter('not (a pr) and b pr'), {
    kind: 'and',
    left: { kind: 'not', filter: { kind: 'present', path: { attribute: 'a' } } },
    right: { kind: 'present', path: { attribute: 'b' } },
  });
});

test('parseFilter: parentheses override precedence', () => {
  assert.deepEqual(parseFilter('(a eq "1" or b eq "2") and c eq "3"'), {
    kind: 'and',
    left: { kind: 'or', left: cmp('a', 'eq', '1'), right: cmp('b', 'eq', '2') },
    right: cmp('c', 'eq', '3'),
  });
});

test('parseFilter: and / or are left-associative', () => {
  assert.deepEqual(parseFilter('a pr or b pr or c pr'), {
    kind: 'or',
    left: { kind: 'or', left: { kind: 'present', path: { attribute: 'a' } }, right: { kind: 'present', path: { attribute: 'b' } } },
    right: { kind: 'present', path: { attribute: 'c' } },
  });
});

test('parseFilter accepts "not(" without a space', () => {
  assert.deepEqual(parseFilter('not(a pr)'), { kind: 'not', filter: { kind: 'present', path: { attribute: 'a' } } });
});

test('parseFilter reads sub-attributes and URN-qualified names', () => {
  assert.deepEqual(parseFilter('name.familyName co "O\'Malley"'), cmp('name', 'co', "O'Malley", { subAttribute: 'familyName' }));
  assert.deepEqual(
    parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26"'),
    cmp('manager', 'eq', '26', { schemaUrn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', subAttribute: 'value' }),
  );
});

test('parseFilter reads a value path', () => {
  assert.deepEqual(parseFilter('emails[type eq "work" and value co "@example.com"]'), {
    kind: 'valuePath',
    path: {
      attribute: 'emails',
      valueFilter: { kind: 'and', left: cmp('type', 'eq', 'work'), right: cmp('value', 'co', '@example.com') },
    },
  });
});

test('parseFilter reads the Entra form emails[type eq "work"].value eq "…"', () => {
  assert.deepEqual(parseFilter('emails[type eq "work"].value eq "a@b.c"'), {
    kind: 'compare',
    op: 'eq',
    value: 'a@b.c',
    path: { attribute: 'emails', valueFilter: cmp('type', 'eq', 'work'), subAttribute: 'value' },
  });
});

test('parseFilter reads the RFC 7644 example with a value path inside or', () => {
  const node = parseFilter('userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")');
  assert.equal(node.kind, 'and');
});

test('parseFilter keeps quoted operators and brackets inside strings', () => {
  assert.deepEqual(parseFilter('displayName eq "a ] and ( or \\" b"'), cmp('displayName', 'eq', 'a ] and ( or " b'));
});

test('parseFilter rejects an empty filter', () => assertInvalid('', /character 1: expected an attribute name.*found the end/));
test('parseFilter rejects a missing value', () => assertInvalid('userName eq', /character 12: expected a comparison value/));
test('parseFilter rejects an unknown operator', () => assertInvalid('userName is "x"', /character 10: expected an operator \(eq, ne.*found "is"/));
test('parseFilter rejects an unquoted string value with a hint', () => assertInvalid('userName eq bjensen', /found "bjensen".*quote string values, e.g. userName eq "bjensen"/));
test('parseFilter rejects a dangling and', () => assertInvalid('userName eq "a" and', /character 20: expected an attribute name/));
test('parseFilter rejects an unclosed parenthesis', () => assertInvalid('(userName eq "a"', /expected "\)" to close the "\(" at character 1/));
test('parseFilter rejects an unclosed value filter', () => assertInvalid('emails[type eq "work"', /expected "\]" to close the "\[" at character 7/));
test('parseFilter rejects trailing tokens', () => assertInvalid('userName eq "a" "b"', /character 17: expected "and", "or" or the end/));
test('parseFilter rejects nested value filters', () => assertInvalid('emails[type[x eq "y"] eq "work"]', /value filters cannot be nested/));
test('parseFilter rejects an operator after a bare value path', () => assertInvalid('emails[type eq "work"] eq "x"', /is itself the test/));
test('parseFilter rejects a bad attribute name', () => assertInvalid('1abc eq "x"', /expected an attribute name/));
test('parseFilter rejects two sub-attribute levels', () => assertInvalid('name.given.name eq "x"', /expected an attribute name/));
test('parseFilter rejects a bad schema URN', () => assertInvalid('urn:x eq "y"', /expected a schema URN|expected an attribute name/));
test('parseFilter rejects not without parentheses', () => assertInvalid('not userName eq "a"', /found "userName"/));
test('parseFilter rejects a value filter after a sub-attribute', () => assertInvalid('name.givenName[x eq "y"] pr', /value filter must follow/));
test('parseFilter error messages cite RFC 7644', () => assertInvalid('userName eq', /RFC 7644 §3\.4\.2\.2/));
