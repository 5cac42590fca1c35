import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding scim-conformance's package.json: the checkout when run from sources (src/…), the
 * installed package when run from the compiled output (dist/src/…, inside node_modules). Found by walking
 * up from this file, so the shipped scenarios and the Playwright config resolve the same from both.
 */
export const PACKAGE_ROOT: string = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Reads a JSON file shipped with the package (package.json, scenarios/scenario.schema.json). */
export function readPackageJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, relativePath), 'utf8')) as T;
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`scim-conformance: no package.json above ${start}; the package is incomplete, reinstall it`);
  }
}
