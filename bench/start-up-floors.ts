import { createRequire } from 'node:module';
import path from 'node:path';
import { CLI, ROOT, runJsonScript, timeNode } from './child-processes.ts';
import { summarise, type Summary } from './stats.ts';

/** One start-up floor: what a command costs with no SCIM work at all, in ms. */
export interface Floor {
  label: string;
  ms: Summary;
}

const PLAYWRIGHT_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@playwright/test/package.json')), 'cli.js');

/**
 * Wall times that bound the harness's start-up from below: node itself, the CLI up to its help text
 * (tsx + argument parsing), and Playwright running one empty test with one worker.
 */
export async function measureStartUpFloors(repeats = 3): Promise<Floor[]> {
  const cases: [string, string[]][] = [
    ['`node -e 0`', ['-e', '0']],
    ['`scim-conformance --help` (node + CLI)', [CLI, '--help']],
    ['`playwright test` with one empty test, 1 worker', [PLAYWRIGHT_CLI, 'test', '--config', path.join(ROOT, 'bench', 'fixtures', 'empty.config.ts')]],
  ];
  const floors: Floor[] = [];
  for (const [label, args] of cases) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i += 1) {
      const run = await timeNode(args, 60_000);
      if (run.code !== 0) throw new Error(`bench: ${label} exited with ${String(run.code)}, expected 0. Output:\n${run.tail}`);
      times.push(run.ms);
    }
    floors.push({ label, ms: summarise(times) });
  }
  return floors;
}

/** Load time of one part of the harness in a fresh process, ms. */
export interface ImportCost {
  label: string;
  ms: Summary;
}

/** Runs bench/import-costs-worker.ts `repeats` times, each in a fresh process; medians per part. */
export async function measureImportCosts(repeats = 3): Promise<ImportCost[]> {
  const samples = new Map<string, number[]>();
  for (let i = 0; i < repeats; i += 1) {
    const costs = await runJsonScript<[string, number][]>(path.join(ROOT, 'bench', 'import-costs-worker.ts'), {}, 60_000);
    for (const [label, ms] of costs) samples.set(label, [...(samples.get(label) ?? []), ms]);
  }
  return [...samples].map(([label, values]) => ({ label, ms: summarise(values) }));
}
