import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder that holds the shipped scenarios. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The suites (IdPs and dialects) that have scenarios: one folder each under scenarios/. */
export function listSuites(dir: string = SCENARIOS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
