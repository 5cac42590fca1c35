import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CATALOGUE_PATH, renderCatalogue } from './render-catalogue.ts';
import { allChecks, PROOF_RUNS } from './proof-runs.ts';

test('docs/check-catalogue.md is current: every check is listed as proven or as not yet proven', () => {
  assert.equal(readFileSync(CATALOGUE_PATH, 'utf8'), renderCatalogue(), 'regenerate it: node --import tsx tests/self-test/render-catalogue.ts');
});

test('every proof names checks that exist, so a renamed scenario cannot hide behind a stale proof', () => {
  const checks = new Set(allChecks());
  const unknown = PROOF_RUNS.flatMap((run) => Object.keys(run.expected)).filter((id) => !checks.has(id));
  assert.deepEqual(unknown, []);
});
