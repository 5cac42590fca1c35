// Whether dist/ was built from the sources as they are now (checkout only; an installed package has no
// sources and always runs dist/). Plain JavaScript: bin/scim-conformance.js uses it before anything loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written last by scripts/build.js: the time the build started, in ms since the epoch. */
export const BUILD_STAMP = '.build-stamp';

const SOURCES = ['src', 'mocks', 'suites', 'playwright.config.ts', 'scenarios/scenario.schema.json', 'tsconfig.json', 'tsconfig.build.json'];

/** True when dist/ exists and no source file changed since its build started. */
export function isDistFresh(root) {
  let builtAt;
  try {
    builtAt = Number(readFileSync(path.join(root, 'dist', BUILD_STAMP), 'utf8'));
  } catch {
    return false;
  }
  return SOURCES.every((name) => newestChange(path.join(root, name)) < builtAt);
}

function newestChange(file) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Tests beside the sources are not compiled; editing one does not make dist/ stale.
  const names = readdirSync(file).filter((name) => !name.endsWith('.test.ts'));
  return Math.max(stat.mtimeMs, ...names.map((name) => newestChange(path.join(file, name))));
}
