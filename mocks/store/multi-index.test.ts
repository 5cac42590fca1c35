import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MultiIndex } from './multi-index.ts';

describe('MultiIndex', () => {
  it('keeps one id, several ids, and forgets them one by one', () => {
    const index = new MultiIndex();
    index.add('k', 'a');
    index.add('k', 'a');
    assert.deepEqual(index.get('k'), ['a']);
    index.add('k', 'b');
    assert.deepEqual(index.get('k'), ['a', 'b']);
    index.delete('k', 'a');
    assert.deepEqual(index.get('k'), ['b']);
    index.delete('k', 'b');
    assert.deepEqual(index.get('k'), []);
  });
});
