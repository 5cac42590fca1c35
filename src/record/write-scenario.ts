import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadScenarioFile } from '../scenario/load-scenarios.ts';
import type { Scenario } from '../scenario/types.ts';

/**
 * Writes a recorded scenario to `file` only after it passes the same checks `run --scenario-file`
 * applies (schema, placeholders, captures before use); a file that fails is left beside it as
 * `<file>.rejected` for inspection and the ScenarioError is thrown.
 * @see src/scenario/load-scenarios.ts (loadScenarioFile)
 */
export function writeRecordedScenario(file: string, scenario: Scenario): Scenario {
  const draft = `${file}.draft-${process.pid}`;
  writeFileSync(draft, `${JSON.stringify(scenario, null, 2)}\n`);
  try {
    const checked = loadScenarioFile(draft, { checkLocation: false });
    renameSync(draft, file);
    return checked;
  } catch (error) {
    renameSync(draft, `${file}.rejected`);
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}
