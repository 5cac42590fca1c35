import { readFileSync } from 'node:fs';
import { loadScenarioFile, loadScenarios } from '../scenario/load-scenarios.ts';
import { listSuites } from '../scenario/list-suites.ts';
import type { Scenario } from '../scenario/types.ts';
import type { RunConfig } from './run-config.ts';

/**
 * The scenarios a run replays: the shipped suites it selects, plus any scenario files given by path
 * (a recording), narrowed to `--scenario` ids when given. `schemaCheck: false` in Playwright's processes:
 * they read the CLI's selection from `run.scenariosFile` when it is set; otherwise
 * the CLI checked the same files against the scenario schema before starting Playwright.
 */
export function selectScenarios(run: Pick<RunConfig, 'idps' | 'only' | 'scenarioFiles' | 'scenariosFile'>, { schemaCheck = true }: { schemaCheck?: boolean } = {}): Scenario[] {
  if (!schemaCheck && run.scenariosFile) return readSelected(run.scenariosFile);
  const shipped = listSuites();
  const fromFiles = (run.scenarioFiles ?? []).map((file) => loadScenarioFile(file, { checkLocation: false, schemaCheck }));
  const all = [...loadScenarios({ idps: run.idps.filter((idp) => shipped.includes(idp)), schemaCheck }), ...fromFiles];
  return all.filter((s) => run.only.length === 0 || run.only.includes(`${s.idp}/${s.id}`));
}

const selectedByFile = new Map<string, Scenario[]>();

/** The CLI's selection (RunConfig.scenariosFile), read once per process. */
function readSelected(file: string): Scenario[] {
  let scenarios = selectedByFile.get(file);
  if (!scenarios) {
    scenarios = JSON.parse(readFileSync(file, 'utf8')) as Scenario[];
    selectedByFile.set(file, scenarios);
  }
  return scenarios;
}

/** The suites in run order: the selected ones, then those only scenario files bring. */
export function suitesOf(run: Pick<RunConfig, 'idps'>, scenarios: Scenario[]): string[] {
  const extra = [...new Set(scenarios.map((s) => s.idp))].filter((idp) => !run.idps.includes(idp));
  return [...run.idps, ...extra];
}
