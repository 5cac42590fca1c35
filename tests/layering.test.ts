import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImportViolations } from './import-rules.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('the project keeps its layers: scenarios are data, src never imports suites, mocks stay independent', () => {
  const violations = findImportViolations(ROOT);
  assert.deepEqual(violations.map((v) => `${v.file}:${v.line} imports ${v.specifier}: ${v.rule}`), []);
});

test('the layering check names the file, line and import that break a rule', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'layering-'));
  for (const dir of ['src/engine', 'mocks', 'suites', 'scenarios/okta']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'suites/fixture.ts'), 'export const x = 1;\n');
  writeFileSync(path.join(root, 'src/engine/bad.ts'), "import { x } from '../../suites/fixture.ts';\n");
  writeFileSync(path.join(root, 'mocks/bad.ts'), "\nimport { y } from '../src/engine/bad.ts';\nimport { test } from '@playwright/test';\n");
  writeFileSync(path.join(root, 'scenarios/okta/helper.ts'), 'export {};\n');
  const found = findImportViolations(root).map((v) => `${v.file}:${v.line} ${v.specifier}`);
  assert.deepEqual(found.sort(), [
    'mocks/bad.ts:2 ../src/engine/bad.ts',
    'mocks/bad.ts:3 @playwright/test',
    'scenarios/okta/helper.ts:1 (file)',
    'src/engine/bad.ts:1 ../../suites/fixture.ts',
  ]);
});
