import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describeAjvErrors } from './describe-ajv-errors.ts';

const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
const validate = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' } }] },
    mode: { const: false },
    tags: { type: 'array', contains: { const: 'x' } },
  },
});

function problems(data: unknown) {
  validate(data);
  return describeAjvErrors(validate.errors);
}

describe('describeAjvErrors', () => {
  it('merges oneOf branches into one problem at the alternative, with the value that came back', () => {
    assert.deepEqual(problems({ status: '200' }), [{ pointer: '/status', message: 'must be integer or must be array (got "200")' }]);
  });
  it('names the additional property and the constant', () => {
    assert.deepEqual(problems({ mood: 1, mode: true }), [
      { pointer: '', message: "must NOT have additional property 'mood'" },
      { pointer: '/mode', message: 'must be false (got true)' },
    ]);
  });
  it('reports a failed contains once, naming the wanted item, not once per item', () => {
    assert.deepEqual(problems({ tags: ['a', 'b'] }), [{ pointer: '/tags', message: 'must contain "x" (got ["a","b"])' }]);
  });
  it('returns nothing for no errors', () => {
    assert.deepEqual(describeAjvErrors(null), []);
  });
});
