import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';

/** The folder that holds the shipped scenarios. */
export const SCENARIOS_DIR = path.join(PACKAGE_ROOT, 'scenarios');

/** The suites (IdPs and dialects) that have scenarios: one folder each under scenarios/. */
export function listSuites(dir: string = SCENARIOS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
