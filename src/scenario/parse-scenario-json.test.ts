import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScenarioJson } from './parse-scenario-json.ts';

function syntaxMessage(text: string): string {
  try {
    parseScenarioJson(text, 'scenarios/okta/x.json');
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail('expected a syntax error');
}

describe('parseScenarioJson', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    assert.deepEqual(parseScenarioJson('\uFEFF{"a":1}', 'f.json'), { a: 1 });
  });
  it('a missing comma: line and column of the next member', () => {
    assert.match(syntaxMessage('{\n  "a": 1\n  "b": 2\n}'), /^scenarios\/okta\/x\.json:3:3: not valid JSON: Expected ',' or '}' after property value\./);
  });
  it('a doubled comma in an array (V8 gives no position)', () => {
    assert.match(syntaxMessage('[1,\n 2,,3]'), /^scenarios\/okta\/x\.json:2:4: not valid JSON: Unexpected token ','\./);
  });
  it('a truncated file points at its end', () => {
    assert.match(syntaxMessage('{\n  "a": [1,'), /^scenarios\/okta\/x\.json:2:11: not valid JSON: Unexpected end of JSON input\./);
  });
  it('does not echo the whole file back', () => {
    assert.doesNotMatch(syntaxMessage('{"secret": tru\n}'), /secret/);
  });
});
