/**
 * The harness as a library: load the shipped (or your own) scenarios, replay one against a SCIM server
 * with the same engine `scim-conformance run` uses, and compare or record request sequences.
 *
 * @example
 * import { loadScenarios, runScenario } from 'scim-conformance';
 * const scenario = loadScenarios({ idps: ['okta'] }).find((s) => s.id === 'create-user')!;
 * const result = await runScenario(scenario, { baseUrl: 'http://127.0.0.1:8080/scim/v2', auth: 'Bearer t', seed: '1', runId: 'lib' });
 *
 * The mock service provider has its own door: `scim-conformance/mocks`.
 * @see README.md "Scenarios are data"
 */

/* Scenarios */
export { loadScenarios, loadScenarioFile, parseScenarioJson, ScenarioError } from './scenario/index.ts';
export type { Scenario, Step, Expectation, BodyCheck, LoadScenariosOptions } from './scenario/index.ts';

/* Replaying one scenario */
export { runScenario } from './engine/run-scenario.ts';
export type { ReplayOptions } from './engine/replay-options.ts';
export type { ScenarioResult, StepResult } from './engine/result-types.ts';

/* Comparing and recording sequences */
export { diffScenarios, formatDifference } from './diff/index.ts';
export type { ScenarioDifference } from './diff/index.ts';
export { startRecordingProxy, buildScenario } from './record/index.ts';
export type { RecordingProxy, RecordingProxyOptions } from './record/index.ts';
