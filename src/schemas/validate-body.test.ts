import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BODY_SCHEMAS, validateBody, SCHEMA_REFERENCES } from './validate-body.ts';
import type { SchemaName } from '../scenario/types.ts';
import * as rfc from './rfc-examples.fixture.ts';

function assertValid(name: SchemaName, body: unknown): void {
  assert.deepEqual(validateBody(name, body), { valid: true });
}

function errorsOf(name: SchemaName, body: unknown): string[] {
  const result = validateBody(name, body);
  assert.equal(result.valid, false, `expected ${name} to reject ${JSON.stringify(body)}`);
  return result.valid ? [] : result.errors;
}

describe('the body schemas', () => {
  // validateBody's ajv skips this check at run time (validateSchema: false) to save compiling the meta-schema.
  it('are each a valid JSON Schema 2020-12 document', () => {
    const ajv = new Ajv2020({ strict: true });
    for (const schema of BODY_SCHEMAS) assert.equal(ajv.validateSchema(schema), true, `${(schema as { $id: string }).$id}: ${ajv.errorsText(ajv.errors)}`);
    // The check can fail: a misspelt type is caught.
    assert.equal(ajv.validateSchema({ ...BODY_SCHEMAS[1]!, type: 'objekt' }), false);
  });
});

describe('validateBody accepts the RFC examples', () => {
  it('RFC 7643 §8.1 minimal user', () => assertValid('User', rfc.minimalUser));
  it('RFC 7643 §8.2 full user', () => assertValid('User', rfc.fullUser));
  it('RFC 7643 §8.3 enterprise user', () => assertValid('User', rfc.enterpriseUser));
  it('RFC 7643 §8.4 group', () => assertValid('Group', rfc.groupExample));
  it('RFC 7643 §8.5 service provider configuration', () => assertValid('ServiceProviderConfig', rfc.serviceProviderConfig));
  for (const [label, body] of Object.entries(rfc.listResponses)) {
    it(`RFC 7644 §3.4.2 list response (${label})`, () => assertValid('ListResponse', body));
  }
  for (const [label, body] of Object.entries(rfc.errors)) {
    it(`RFC 7644 §3.12 error (${label})`, () => assertValid('Error', body));
  }
  for (const [label, body] of Object.entries(rfc.patchOps)) {
    it(`RFC 7644 §3.5.2 patch (${label})`, () => assertValid('PatchOp', body));
  }
});

describe('validateBody rejects realistic bad bodies', () => {
  it('Error with a numeric status names the path, the type and the value', () => {
    const result = validateBody('Error', { ...rfc.errors.mutability, status: 400 });
    assert.deepEqual(result, { valid: false, errors: ['/status must be string (got 400)'], reference: 'RFC 7644 §3.12' });
  });

  it('Error with an unknown scimType lists the allowed keywords', () => {
    const [message] = errorsOf('Error', { ...rfc.errors.mutability, scimType: 'duplicate' });
    assert.match(message, /^\/scimType must be one of "invalidFilter", "tooMany", "uniqueness", .*"sensitive" \(got "duplicate"\)$/);
  });

  it('Error without status names the missing property', () => {
    assert.deepEqual(errorsOf('Error', { schemas: rfc.errors.notFound.schemas, detail: 'x' }), ["(root) must have required property 'status'"]);
  });

  it('ListResponse without totalResults', () => {
    const { totalResults: _omit, ...body } = rfc.listResponses.query;
    assert.deepEqual(errorsOf('ListResponse', body), ["(root) must have required property 'totalResults'"]);
  });

  it('ListResponse with totalResults as a string and startIndex 0', () => {
    const errors = errorsOf('ListResponse', { ...rfc.listResponses.paged, totalResults: '100', startIndex: 0 });
    assert.deepEqual(errors, ['/totalResults must be integer (got "100")', '/startIndex must be >= 1 (got 0)']);
  });

  it('ListResponse with results but no Resources, unless the page is empty on purpose', () => {
    const { Resources: _omit, ...body } = rfc.listResponses.paged;
    assert.deepEqual(errorsOf('ListResponse', body), ["(root) must have required property 'Resources'"]);
    assertValid('ListResponse', { ...body, itemsPerPage: 0 });
    assertValid('ListResponse', { schemas: body.schemas, totalResults: 0 });
  });

  it('User without id', () => {
    const { id: _omit, ...body } = rfc.minimalUser;
    assert.deepEqual(errorsOf('User', body), ["(root) must have required property 'id'"]);
  });

  it('User whose schemas lacks the User URN names the URN and what came back', () => {
    const errors = errorsOf('User', { ...rfc.minimalUser, schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'] });
    assert.deepEqual(errors, [
      '/schemas must contain "urn:ietf:params:scim:schemas:core:2.0:User" (got ["urn:ietf:params:scim:schemas:core:2.0:Group"])',
    ]);
  });

  it('User with wrongly typed attributes reports each one by JSON pointer', () => {
    const errors = errorsOf('User', { ...rfc.fullUser, active: 'True', emails: [{ value: 5, primary: 'true' }] });
    assert.deepEqual(errors, [
      '/active must be boolean or null (got "True")',
      '/emails/0/value must be string or null (got 5)',
      '/emails/0/primary must be boolean or null (got "true")',
    ]);
  });

  it('User with an enterprise extension that is not an object', () => {
    const errors = errorsOf('User', { ...rfc.minimalUser, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': 'x' });
    assert.deepEqual(errors, ['/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User must be object (got "x")']);
  });

  it('Group without displayName', () => {
    const { displayName: _omit, ...body } = rfc.groupExample;
    assert.deepEqual(errorsOf('Group', body), ["(root) must have required property 'displayName'"]);
  });

  it('PatchOp with a bad op lists the allowed ops', () => {
    const errors = errorsOf('PatchOp', { ...rfc.patchOps.replaceMembers, Operations: [{ op: 'update', path: 'active', value: false }] });
    assert.deepEqual(errors, ['/Operations/0/op must be one of "add", "remove", "replace", "Add", "Remove", "Replace" (got "update")']);
  });

  it('PatchOp remove without path and add without value', () => {
    const errors = errorsOf('PatchOp', { ...rfc.patchOps.addMembers, Operations: [{ op: 'remove' }, { op: 'add', path: 'x' }] });
    assert.deepEqual(errors, ["/Operations/0 must have required property 'path'", "/Operations/1 must have required property 'value'"]);
  });

  it('PatchOp with an empty Operations array', () => {
    assert.deepEqual(errorsOf('PatchOp', { ...rfc.patchOps.addMembers, Operations: [] }), [
      '/Operations must NOT have fewer than 1 items (got [])',
    ]);
  });

  it('ServiceProviderConfig without authenticationSchemes and with a string supported flag', () => {
    const { authenticationSchemes: _omit, ...body } = rfc.serviceProviderConfig;
    const errors = errorsOf('ServiceProviderConfig', { ...body, patch: { supported: 'true' } });
    assert.deepEqual(errors, ["(root) must have required property 'authenticationSchemes'", '/patch/supported must be boolean (got "true")']);
  });

  it('meta.created with a space instead of T fails the xsd:dateTime format', () => {
    const errors = errorsOf('User', { ...rfc.minimalUser, meta: { ...rfc.minimalUser.meta, created: '2010-01-23 04:56:22' } });
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^\/meta\/created must match format "scim-date-time" \(an xsd:dateTime .*\) \(got "2010-01-23 04:56:22"\)$/);
  });
});

describe('validateBody leaves room for what servers legitimately add', () => {
  it('accepts a meta date without timezone (xsd:dateTime allows it, RFC 7643 §2.3.5)', () => {
    assertValid('User', { ...rfc.minimalUser, meta: { ...rfc.minimalUser.meta, created: '2010-01-23T04:56:22' } });
  });
  it('accepts custom attributes and URN-keyed extension objects', () => {
    assertValid('User', { ...rfc.minimalUser, tenant: 'a', 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User': { rolesString: 'agent' } });
  });
  it('accepts null for unassigned optional attributes (RFC 7643 §2.5)', () => {
    assertValid('User', { ...rfc.minimalUser, nickName: null, emails: null, name: { givenName: null } });
  });
  it("accepts Entra ID's capitalised ops", () => {
    assertValid('PatchOp', { ...rfc.patchOps.addMembers, Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
  });
});

describe('SCHEMA_REFERENCES', () => {
  it('gives the RFC section of each schema and is the reference of a failure', () => {
    assert.equal(SCHEMA_REFERENCES.User, 'RFC 7643 §4.1');
    assert.equal(SCHEMA_REFERENCES.ServiceProviderConfig, 'RFC 7643 §5');
    const result = validateBody('Group', {});
    assert.equal(result.valid ? '' : result.reference, 'RFC 7643 §4.2');
  });
  it('throws on an unknown schema name', () => {
    assert.throws(() => validateBody('Users' as SchemaName, {}), /unknown schema "Users"; expected one of User, Group/);
  });
});
