/* Loading and checking scenario files */
export { loadScenarios, loadScenarioFile, DEFAULT_SCENARIOS_DIR } from './load-scenarios.ts';
export type { LoadScenariosOptions } from './load-scenarios.ts';
export { ScenarioError } from './scenario-error.ts';
export type { ScenarioErrorDetails } from './scenario-error.ts';
export { checkPlaceholders, isBuiltInPlaceholder, PLACEHOLDER_FILTERS } from './check-placeholders.ts';
export { parseScenarioJson } from './parse-scenario-json.ts';
export { listSuites, SCENARIOS_DIR } from './list-suites.ts';

/* The scenario format */
export type {
  Scenario,
  Operation,
  Capability,
  ScenarioSource,
  Step,
  StepRequest,
  Severity,
  Expectation,
  SchemaName,
  BodyCheck,
  Decline,
} from './types.ts';
