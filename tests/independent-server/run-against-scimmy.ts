import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliRun } from '../support/run-cli.ts';
import { startScimmyServer } from '../support/scimmy-server/index.ts';
import type { ExpectedVerdicts } from './verdicts.ts';

/** The checked-in expected verdicts for SCIMMY. */
export const EXPECTED_FILE = fileURLToPath(new URL('./scimmy.expected.json', import.meta.url));
export const EXPECTED_FILE_SHOWN = path.relative(fileURLToPath(new URL('../../', import.meta.url)), EXPECTED_FILE);
export const UPDATE_COMMAND = 'npm run verdicts:update';

/** The run the expected file describes: every suite, a fixed seed (the same data every time). */
export const HARNESS_ARGS = ['--seed', 'independent-scimmy'];

const TOKEN = 'scimmy-independent-token';

export function readExpected(): ExpectedVerdicts {
  return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as ExpectedVerdicts;
}

/**
 * Starts SCIMMY on 127.0.0.1 in this process and runs the real CLI against it, as a user would.
 * One call per process: SCIMMY's declarations are global.
 */
export async function runHarnessAgainstScimmy(): Promise<{ run: CliRun; server: Record<string, string>; leftovers: string[] }> {
  const server = await startScimmyServer({ token: TOKEN });
  try {
    const run = await runCli(['run', '--base-url', server.url, '--token', TOKEN, ...HARNESS_ARGS], { timeoutMs: 120_000 });
    const { scimmy, scimmyRouters, express } = server.versions;
    return { run, server: { scimmy, 'scimmy-routers': scimmyRouters, express }, leftovers: await listEverything(server.url) };
  } finally {
    await server.close();
  }
}

/** Every user and group still on the server (it starts empty, so all of them are the run's), as `Users/<userName>`. */
async function listEverything(baseUrl: string): Promise<string[]> {
  const names: string[] = [];
  for (const [endpoint, key] of [['Users', 'userName'], ['Groups', 'displayName']] as const) {
    const res = await fetch(`${baseUrl}/${endpoint}?count=1000`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const list = (await res.json()) as { Resources?: Array<Record<string, unknown>> };
    for (const r of list.Resources ?? []) names.push(`${endpoint}/${String(r[key])}`);
  }
  return names;
}
