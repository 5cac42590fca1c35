import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describeAjvErrors } from '../schemas/index.ts';
import scenarioSchema from '../../scenarios/scenario.schema.json' with { type: 'json' };
import { checkPlaceholders } from './check-placeholders.ts';
import { parseScenarioJson } from './parse-scenario-json.ts';
import { ScenarioError } from './scenario-error.ts';
import type { Scenario } from './types.ts';

/** `<repo>/scenarios`, found from this file's location so it works from any working directory. */
export const DEFAULT_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface LoadScenariosOptions {
  /** The folder holding one sub-folder per IdP; default `<repo>/scenarios`. */
  dir?: string;
  /** Load only these IdPs' folders; default every folder. */
  idps?: string[];
}

// strictRequired is off: scenario.schema.json's `not: { required: [body, rawBody] }` names properties
// defined one level up, which ajv's strictRequired cannot see. Every other strict check stays on.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
const validateScenario = ajv.compile<Scenario>(scenarioSchema);

const FORMAT = 'scenarios/scenario.schema.json, documented in src/scenario/types.ts';

/**
 * Reads every `<dir>/<idp>/*.json`, checks each one (see loadScenarioFile) and returns them sorted by
 * idp, then id. `<idp>/<id>` is unique because the folder must be the idp and the file `<id>.json`.
 * Throws ScenarioError on the first bad file.
 * @example loadScenarios({ idps: ['okta'] }).map((s) => `${s.idp}/${s.id}`)
 * @see scenarios/scenario.schema.json; src/scenario/types.ts
 */
export function loadScenarios({ dir = DEFAULT_SCENARIOS_DIR, idps }: LoadScenariosOptions = {}): Scenario[] {
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
      scenarios.push(loadScenarioFile(join(dir, folder, name)));
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
export function loadScenarioFile(path: string, { checkLocation = true }: { checkLocation?: boolean } = {}): Scenario {
  const absolute = resolve(path);
  const file = displayPath(absolute);
  const data = parseScenarioJson(readFileSync(absolute, 'utf8'), file);
  if (!validateScenario(data)) {
    throw new ScenarioError({
      file,
      problems: describeAjvErrors(validateScenario.errors),
      why: `every scenario must follow the scenario format (${FORMAT}) so the engine can replay it`,
      todo: 'edit the file at that path so it matches the format; the types.ts comments say what each field means',
    });
  }
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
