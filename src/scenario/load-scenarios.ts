import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describeAjvErrors } from '../schemas/describe-ajv-errors.ts';
import { PACKAGE_ROOT, readPackageJson } from '../package-root.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { parseScenarioJson } from './parse-scenario-json.ts';
import { ScenarioError } from './scenario-error.ts';
import type { Scenario } from './types.ts';

/** `<package>/scenarios` (the checkout's, or the installed package's), so it works from any working directory. */
export const DEFAULT_SCENARIOS_DIR = join(PACKAGE_ROOT, 'scenarios');

export interface LoadScenariosOptions {
  /** The folder holding one sub-folder per IdP; default `<repo>/scenarios`. */
  dir?: string;
  /** Load only these IdPs' folders; default every folder. */
  idps?: string[];
  /**
   * Check each file against scenario.schema.json (default true). `scim-conformance run` checks the files
   * before it starts Playwright; its runner and workers load them again with false (ajv's compile of the
   * scenario schema is most of a worker's own start-up). The other checks always run.
   */
  schemaCheck?: boolean;
}

let compiledScenarioSchema: ValidateFunction<Scenario> | undefined;
/**
 * The build's precompiled validator (dist/src/scenario/scenario-schema.validate.cjs, scripts/build.js) when
 * present, else compiled here on first use, once per process (0.1–0.5 s of ajv).
 */
const scenarioValidator = (): ValidateFunction<Scenario> => (compiledScenarioSchema ??= precompiledValidator() ?? compileScenarioSchema());

/**
 * ajv itself is loaded only here (about 60 ms): the CLI uses the precompiled validator, and Playwright's runner,
 * which imports this module through the spec, never checks a scenario file.
 */
function compileScenarioSchema(): ValidateFunction<Scenario> {
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // strictRequired is off: scenario.schema.json's `not: { required: [body, rawBody] }` names properties
  // defined one level up, which ajv's strictRequired cannot see. Every other strict check stays on.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  return ajv.compile<Scenario>(readPackageJson<object>('scenarios/scenario.schema.json'));
}

function precompiledValidator(): ValidateFunction<Scenario> | undefined {
  try {
    return createRequire(import.meta.url)('./scenario-schema.validate.cjs') as ValidateFunction<Scenario>;
  } catch {
    return undefined;
  }
}

const FORMAT = 'scenarios/scenario.schema.json, documented in src/scenario/types.ts';

/**
 * Reads every `<dir>/<idp>/*.json`, checks each one (see loadScenarioFile) and returns them sorted by
 * idp, then id. `<idp>/<id>` is unique because the folder must be the idp and the file `<id>.json`.
 * Throws ScenarioError on the first bad file.
 * @example loadScenarios({ idps: ['okta'] }).map((s) => `${s.idp}/${s.id}`)
 * @see scenarios/scenario.schema.json; src/scenario/types.ts
 */
export function loadScenarios({ dir = DEFAULT_SCENARIOS_DIR, idps, schemaCheck = true }: LoadScenariosOptions = {}): Scenario[] {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const unknown = (idps ?? []).filter((idp) => !folders.includes(idp));
  if (unknown.length) {
    throw new ScenarioError({
      file: `${basename(resolve(dir))}/`,
      problems: [{ pointer: '', message: `no scenario folder for idp "${unknown.join('", "')}"` }],
      why: 'each IdP (suite) is one folder of scenarios; a misspelt name would silently run nothing',
      todo: `use one of ${folders.join(', ')}`,
    });
  }
  // `<idp>/<id>` is unique by construction: the folder must equal idp and the file name <id>.json.
  const scenarios: Scenario[] = [];
  for (const folder of folders.filter((name) => !idps || idps.includes(name))) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json')).sort()) {
      scenarios.push(loadScenarioFile(join(dir, folder, name), { schemaCheck }));
    }
  }
  return scenarios.sort((a, b) => compare(a.idp, b.idp) || compare(a.id, b.id));
}

/**
 * Reads one scenario file and checks it: JSON syntax, the scenario schema, folder name = `idp` and
 * file name = `<id>.json` (unless `checkLocation` is false, for a file given by path such as a recording), and every placeholder (known name, known filter, capture set by an earlier step).
 * @throws ScenarioError naming the file, the JSON path, what is wrong and what to do.
 * @see scenarios/scenario.schema.json; src/scenario/types.ts
 */
export function loadScenarioFile(path: string, { checkLocation = true, schemaCheck = true }: { checkLocation?: boolean; schemaCheck?: boolean } = {}): Scenario {
  const absolute = resolve(path);
  const file = displayPath(absolute);
  const parsed = parseScenarioJson(readFileSync(absolute, 'utf8'), file);
  const validateScenario = schemaCheck ? scenarioValidator() : undefined;
  if (validateScenario && !validateScenario(parsed)) {
    throw new ScenarioError({
      file,
      problems: describeAjvErrors(validateScenario.errors),
      why: `every scenario must follow the scenario format (${FORMAT}) so the engine can replay it`,
      todo: 'edit the file at that path so it matches the format; the types.ts comments say what each field means',
    });
  }
  // Checked above, or (schemaCheck false) by the CLI that started this process.
  const data = parsed as Scenario;
  const folder = basename(dirname(absolute));
  if (checkLocation && data.idp !== folder) {
    throw new ScenarioError({
      file,
      problems: [{ pointer: '/idp', message: `idp is "${data.idp}" but the file is in folder "${folder}"` }],
      why: 'the folder is the suite that --idp selects, and the result id is <idp>/<id>',
      todo: `move the file to ${data.idp}/ or set "idp": "${folder}"`,
    });
  }
  const expectedName = `${data.id}.json`;
  if (checkLocation && basename(absolute) !== expectedName) {
    throw new ScenarioError({
      file,
      problems: [{ pointer: '/id', message: `id is "${data.id}" but the file is named "${basename(absolute)}"` }],
      why: 'people find a failing <idp>/<id> by its file name',
      todo: `rename the file to ${expectedName} or set "id": "${basename(absolute, '.json')}"`,
    });
  }
  const placeholderProblems = checkPlaceholders(data);
  if (placeholderProblems.length) {
    throw new ScenarioError({
      file,
      problems: placeholderProblems,
      why: 'the engine fills placeholders before it sends a step; a name with no value yet fails that step at run time',
      todo: 'capture the value in an earlier step ("capture": { "name": "/id" }), fix the name or filter, or use a generated name',
    });
  }
  const branchProblems = (data as Scenario).steps.flatMap((step, index) =>
    step.onlyIf && step.onlyIf.step > index ? [{ pointer: `/steps/${index}/onlyIf/step`, message: `names step ${step.onlyIf.step}, which is not before step ${index + 1}` }] : []);
  if (branchProblems.length) {
    throw new ScenarioError({
      file,
      problems: branchProblems,
      why: 'a step can only depend on the answer to a step sent before it',
      todo: 'name an earlier step (1-based) in onlyIf.step',
    });
  }
  const { $schema: _editorHint, ...scenario } = data as Scenario & { $schema?: string };
  return scenario;
}

/** `scenarios/okta/x.json`: the path from the folder above the scenarios folder. */
function displayPath(absolute: string): string {
  return relative(dirname(dirname(dirname(absolute))), absolute).split('\\').join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
