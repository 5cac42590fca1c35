import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FAULT_LIST } from '../mocks/index.ts';

test('the README documents every fault switch of the mock', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const missing = FAULT_LIST.filter((fault) => !readme.includes(`| \`${fault.id}\` |`)).map((fault) => fault.id);
  assert.deepEqual(missing, [], 'add a row to the fault table in README.md for each');
});
