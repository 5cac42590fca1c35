import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirementConsoleLine, type ResultVerdict } from '../report/index.ts';
import { listSuites } from '../scenario/list-suites.ts';
import { ScenarioError } from '../scenario/scenario-error.ts';
import { selectScenarios } from '../run/select-scenarios.ts';
import { RUN_CONFIG_ENV, type RunConfig } from '../run/run-config.ts';
import { startSendBroker } from '../run/send-broker.ts';
import { checkReachable } from './check-reachable.ts';
import { nearestName } from './nearest-name.ts';
import { probeTarget } from './probe-target.ts';
import { pruneTestResults } from './prune-test-results.ts';
import { RUN_HELP } from './help-text.ts';
import { parseRunArgs } from './parse-run-args.ts';
import { UsageError } from './usage-error.ts';

/**
 * The Playwright config beside this build: playwright.config.ts from the checkout's sources, the compiled
 * dist/playwright.config.js when installed (Playwright never transforms TypeScript under node_modules).
 */
const CONFIG = fileURLToPath(new URL(`../../playwright.config${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
const PLAYWRIGHT_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@playwright/test/package.json')), 'cli.js');

/** `scim-conformance run`: replays the suites through Playwright and returns the exit code. */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { help, dryRun, config, credentials } = parseRunArgs(argv, env, listSuites());
  if (help) {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  let selected;
  try {
    selected = selectScenarios(config);
  } catch (error) {
    if (error instanceof ScenarioError) throw new UsageError(error.message);
    throw error;
  }
  if (selected.length === 0) throw new UsageError(`no scenario matches ${config.only.length ? `--scenario ${config.only.join(',')}` : 'the selection'}; list them with --dry-run.`);
  if (config.waivers?.length) checkWaiverIds(config.waivers.map((w) => w.id), config);
  if (dryRun) return (await import('./dry-run-command.ts')).dryRunCommand(config);
  if (config.baseUrl) {
    const unreachable = await checkReachable(config.baseUrl);
    if (unreachable) throw new UsageError(`cannot reach ${config.baseUrl}: ${unreachable}. Start the server or fix --base-url.`);
    const needsAuth = selected.some((s) => JSON.stringify(s.steps).includes('{{auth}}'));
    const mistake = await probeTarget({ baseUrl: config.baseUrl, auth: config.auth, credentials, needsAuth, timeoutMs: Math.min(config.timeoutMs, 10_000) });
    if (mistake) throw new UsageError(mistake);
    // The probe's requests count against the server's rate limit too: let their window pass first.
    if (config.maxRps) await new Promise((resolve) => setTimeout(resolve, Math.ceil(1050 / Math.min(1, config.maxRps!))));
  }
  const reportDir = path.resolve(config.reportDir);
  await mkdir(reportDir, { recursive: true });
  await rm(path.join(reportDir, 'conformance.json'), { force: true });
  // The selection, loaded and checked once here: Playwright's runner and workers read it from this file.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'scim-conformance-'));
  const scenariosFile = path.join(scratch, 'scenarios.json');
  await writeFile(scenariosFile, JSON.stringify(selected));
  // One request budget and one scenario lock for all the workers against a shared server; the embedded mock is one per worker.
  const broker = config.baseUrl ? await startSendBroker({ maxRps: config.maxRps }) : undefined;
  const resolved: RunConfig = { ...config, reportDir, scenariosFile, ...(broker ? { broker: { port: broker.port, secret: broker.secret }, secrets: [...config.secrets, broker.secret] } : {}) };
  process.stdout.write(`scim-conformance: ${[...new Set(selected.map((s) => s.idp))].join(', ')} against ${config.baseUrl ?? 'the embedded mock'} (profile ${config.profile}, seed ${config.seed})\n`);
  try {
    await runPlaywright(resolved, env);
  } finally {
    await broker?.close();
    await rm(scratch, { recursive: true, force: true });
  }
  pruneTestResults(path.join(reportDir, 'test-results'));
  return summarise(reportDir);
}

/** A waiver naming no scenario would be silently ignored while the check it meant still fails. */
function checkWaiverIds(ids: string[], config: RunConfig): void {
  const known = selectScenarios({ idps: listSuites(), only: [], scenarioFiles: config.scenarioFiles }).map((s) => `${s.idp}/${s.id}`);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const nearest = nearestName(id, known);
    throw new UsageError(`--waivers: the waiver for ${id} names no scenario${nearest ? `; did you mean ${nearest}?` : '.'} Write the id as the reports show it, <suite>/<scenario> (--dry-run lists them).`);
  }
}

function runPlaywright(config: RunConfig, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', CONFIG], {
    cwd: path.dirname(CONFIG),
    env: { ...env, [RUN_CONFIG_ENV]: JSON.stringify(config), FORCE_COLOR: '0', PW_TEST_HTML_REPORT_OPEN: 'never' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const forward = (signal: NodeJS.Signals) => {
    process.stderr.write(`scim-conformance: ${signal}: stopping; ${config.keepData ? 'keeping the data (--keep-data)' : 'removing what this run created'}, then writing the reports\n`);
    // Playwright stops gracefully (worker teardown: clean-up; reporters: reports) only on SIGINT; a SIGTERM
    // would kill it at once, leaving data behind and no reports. A cancelled CI job sends SIGTERM.
    child.kill('SIGINT');
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

async function summarise(reportDir: string): Promise<number> {
  let report: { summary: { passed: number; failed: number; skipped: number; warnings: number }; results: ResultVerdict[] };
  try {
    report = JSON.parse(await readFile(path.join(reportDir, 'conformance.json'), 'utf8'));
  } catch {
    process.stderr.write(`scim-conformance: the run ended without writing ${path.join(reportDir, 'conformance.json')}; see the output above.\n`);
    return 2;
  }
  const { passed, failed, warnings } = report.summary;
  // conformance.json counts a blocked result as skipped (its agreed summary); the console tells them apart.
  const blocked = report.results.filter((r) => r.status === 'blocked').length;
  const skipped = report.summary.skipped - blocked;
  const rel = path.relative(process.cwd(), reportDir) || '.';
  process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped, ${blocked ? `${blocked} blocked, ` : ''}${warnings} warnings\n`);
  const requirements = requirementConsoleLine(report.results);
  if (requirements) process.stdout.write(`${requirements}\n`);
  process.stdout.write(`reports: ${rel}/summary.md  ${rel}/matrix.html  ${rel}/conformance.json  ${rel}/junit.xml  ${rel}/transcript.har  ${rel}/html/index.html\n`);
  return failed > 0 ? 1 : 0;
}
