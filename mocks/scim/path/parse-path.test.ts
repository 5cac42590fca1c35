import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScimError } from '../scim-error.ts';
import { parsePath } from './parse-path.ts';

function assertInvalidPath(text: string, pattern: RegExp): void {
  assert.throws(
    () => parsePath(text),
    (error: unknown) => error instanceof ScimError && error.status === 400 && error.scimType === 'invalidPath' && pattern.test(error.detail),
  );
}

test('parsePath reads a plain attribute', () => {
  assert.deepEqual(parsePath('active'), { attribute: 'active' });
});

test('parsePath reads a sub-attribute', () => {
  assert.deepEqual(parsePath('name.givenName'), { attribute: 'name', subAttribute: 'givenName' });
});

test('parsePath reads URN-qualified core and extension paths', () => {
  assert.deepEqual(parsePath('urn:ietf:params:scim:schemas:core:2.0:User:userName'), {
    schemaUrn: 'urn:ietf:params:scim:schemas:core:2.0:User',
    attribute: 'userName',
  });
  assert.deepEqual(parsePath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value'), {
    schemaUrn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    attribute: 'manager',
    subAttribute: 'value',
  });
});

test('parsePath reads a value filter (Okta member remove)', () => {
  assert.deepEqual(parsePath('members[value eq "89bb1940-b905-4575-9e7f-6f887cfb368e"]'), {
    attribute: 'members',
    valueFilter: { kind: 'compare', op: 'eq', value: '89bb1940-b905-4575-9e7f-6f887cfb368e', path: { attribute: 'value' } },
  });
});

test('parsePath reads a value filter with a sub-attribute (Entra emails)', () => {
  assert.deepEqual(parsePath('emails[type eq "work"].value'), {
    attribute: 'emails',
    valueFilter: { kind: 'compare', op: 'eq', value: 'work', path: { attribute: 'type' } },
    subAttribute: 'value',
  });
});

test('parsePath reads a compound value filter', () => {
  const path = parsePath('addresses[type eq "work" and primary eq true].country');
  assert.equal(path.valueFilter?.kind, 'and');
  assert.equal(path.subAttribute, 'country');
});

test('parsePath rejects an empty path', () => assertInvalidPath('', /expected an attribute name but found the end/));
test('parsePath rejects trailing text', () => assertInvalidPath('name givenName', /expected the end of the path/));
test('parsePath rejects a space before the sub-attribute', () => assertInvalidPath('emails[type eq "work"] .value', /expected the end of the path/));
test('parsePath rejects an unclosed value filter', () => assertInvalidPath('members[value eq "x"', /expected "\]"/));
test('parsePath rejects a broken filter inside brackets', () => assertInvalidPath('members[value eq]', /expected a comparison value/));
test('parsePath reports string errors as invalidPath', () => assertInvalidPath('members[value eq "x]', /closing '"'/));
test('parsePath errors cite Figure 5', () => assertInvalidPath('name..x', /RFC 7644 §3\.5\.2 \(Figure 5\)/));
