import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIOS_DIR } from '../scenario/list-suites.ts';
import { diffScenarios, formatDifference } from '../diff/diff-scenarios.ts';
import { loadScenarioFile } from '../scenario/load-scenarios.ts';
import { ScenarioError } from '../scenario/scenario-error.ts';
import type { Scenario } from '../scenario/types.ts';
import { UsageError } from './usage-error.ts';

/** `scim-conformance diff --help` */
const DIFF_HELP = `Usage: scim-conformance diff A B

Compares two scenario files step by step (aligned by index) and prints one line per difference:
method, path, query string byte for byte (%20 and + differ), headers (added, removed, changed, order),
body structure and values, and expected status; steps only one file has come last. Placeholders compare
by kind and consistent use: {{user1.userName}} and {{user2.userName}} match when used the same way, as do
the captures {{userId}} and {{user1Id}}.

A or B may name a shipped scenario as IDP/ID (e.g. okta/deactivate-user): the file of that name in the
installed package's scenarios/ folder, wherever the package is installed.

  e.g. scim-conformance diff okta/deactivate-user recordings/okta-deactivate.json

Exit codes: 0 no difference, 1 they differ, 2 usage error or a file that cannot be read as a scenario.
`;

/**
 * `scim-conformance diff A B`: where two request sequences differ, e.g. a fresh recording against the
 * shipped `scenarios/okta/…` file.
 */
export async function diffCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "scim-conformance diff --help".`);
  }
  if (parsed.values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 2) throw new UsageError(`diff takes two scenario files, got ${parsed.positionals.length}: scim-conformance diff A.json B.json`);
  const [a, b] = parsed.positionals.map(load) as [Scenario, Scenario];
  const differences = diffScenarios(a, b);
  for (const difference of differences) process.stdout.write(`${formatDifference(difference)}\n`);
  if (differences.length === 0) process.stdout.write(`no difference in ${a.steps.length} step${a.steps.length === 1 ? '' : 's'} (placeholders compared by kind)\n`);
  return differences.length === 0 ? 0 : 1;
}

/** `okta/create-user` names a shipped scenario unless a file of that name exists. */
const SHIPPED_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

function load(argument: string): Scenario {
  const file = !existsSync(argument) && SHIPPED_ID.test(argument) ? path.join(SCENARIOS_DIR, `${argument}.json`) : argument;
  try {
    return loadScenarioFile(file, { checkLocation: false });
  } catch (error) {
    if (error instanceof ScenarioError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}. Give the path of a scenario JSON file, or IDP/ID for a shipped one (scim-conformance run --dry-run lists them).`);
  }
}
