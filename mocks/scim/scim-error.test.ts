import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScimError } from './scim-error.ts';

test('ScimError carries status, scimType and detail, and is an Error', () => {
  const error = new ScimError(400, 'bad filter', 'invalidFilter');
  assert.ok(error instanceof Error);
  assert.equal(error.status, 400);
  assert.equal(error.scimType, 'invalidFilter');
  assert.equal(error.detail, 'bad filter');
  assert.equal(error.message, 'bad filter');
  assert.equal(error.name, 'ScimError');
});

test('ScimError without scimType has no scimType property', () => {
  const error = new ScimError(404, 'not found');
  assert.equal(error.scimType, undefined);
  assert.equal('scimType' in error, false);
});
