import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluatePreconditions } from './preconditions.ts';

const h = (init: Record<string, string>) => new Headers(init);

describe('evaluatePreconditions', () => {
  it('passes a matching If-Match (weak or strong spelling, list, *) and fails a stale one', () => {
    assert.equal(evaluatePreconditions('PUT', h({ 'If-Match': 'W/"3"' }), 'W/"3"'), undefined);
    assert.equal(evaluatePreconditions('PUT', h({ 'If-Match': '"1", "3"' }), 'W/"3"'), undefined);
    assert.equal(evaluatePreconditions('PUT', h({ 'If-Match': '*' }), 'W/"3"'), undefined);
    assert.equal(evaluatePreconditions('PUT', h({ 'If-Match': 'W/"2"' }), 'W/"3"'), 412);
  });
  it('answers 304 for GET and 412 otherwise when If-None-Match matches', () => {
    assert.equal(evaluatePreconditions('GET', h({ 'If-None-Match': 'W/"3"' }), 'W/"3"'), 304);
    assert.equal(evaluatePreconditions('DELETE', h({ 'If-None-Match': '*' }), 'W/"3"'), 412);
    assert.equal(evaluatePreconditions('GET', h({ 'If-None-Match': 'W/"2"' }), 'W/"3"'), undefined);
  });
});
