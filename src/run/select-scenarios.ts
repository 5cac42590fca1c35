import { loadScenarioFile, loadScenarios } from '../scenario/load-scenarios.ts';
import { listSuites } from '../scenario/list-suites.ts';
import type { Scenario } from '../scenario/types.ts';
import type { RunConfig } from './run-config.ts';

/**
 * The scenarios a run replays: the shipped suites it selects, plus any scenario files given by path
 * (a recording), narrowed to `--scenario` ids when given. `schemaCheck: false` in Playwright's processes:
 * the CLI checked the same files against the scenario schema before starting Playwright.
 */
export function selectScenarios(run: Pick<RunConfig, 'idps' | 'only' | 'scenarioFiles'>, { schemaCheck = true }: { schemaCheck?: boolean } = {}): Scenario[] {
  const shipped = listSuites();
  const fromFiles = (run.scenarioFiles ?? []).map((file) => loadScenarioFile(file, { checkLocation: false, schemaCheck }));
  const all = [...loadScenarios({ idps: run.idps.filter((idp) => shipped.includes(idp)), schemaCheck }), ...fromFiles];
  return all.filter((s) => run.only.length === 0 || run.only.includes(`${s.idp}/${s.id}`));
}

/** The suites in run order: the selected ones, then those only scenario files bring. */
export function suitesOf(run: Pick<RunConfig, 'idps'>, scenarios: Scenario[]): string[] {
  const extra = [...new Set(scenarios.map((s) => s.idp))].filter((idp) => !run.idps.includes(idp));
  return [...run.idps, ...extra];
}
