import { readStdinJson } from './child-processes.ts';

/** What the engine-only worker is told on stdin. */
export interface EngineOnlyConfig {
  baseUrl: string;
  token: string;
}

/** What it prints. */
export interface EngineOnlyResult {
  /** Loading the CLI's argument parser, the scenarios and the engine in this fresh process, ms. */
  loadMs: number;
  /** Replaying every selected scenario, one after the other, ms. */
  ms: number;
  scenarios: number;
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * The engine without Playwright: every scenario the CLI would select, replayed one after the other
 * with `runScenario` (checks, placeholders, set-up and clean-up included) in one process. Sits between
 * the bare fetch replay and the full harness, so the overhead splits into engine and test runner.
 */
async function runEngineOnly({ baseUrl, token }: EngineOnlyConfig): Promise<EngineOnlyResult> {
  const t0 = performance.now();
  const { parseRunArgs } = await import('../src/cli/parse-run-args.ts');
  const { listSuites } = await import('../src/scenario/list-suites.ts');
  const { selectScenarios } = await import('../src/run/select-scenarios.ts');
  const { skipReason } = await import('../src/run/skip-reason.ts');
  const { runScenario } = await import('../src/engine/run-scenario.ts');
  const { createResourceTracker } = await import('../src/engine/resource-ledger.ts');
  const { findProfile } = await import('../src/profiles/profiles.ts');
  const { CAPABILITY_DRIVEN_SUITES, discoverCapabilities } = await import('../src/run/discover-capabilities.ts');
  const { config } = parseRunArgs(['--base-url', baseUrl, `--token=${token}`], {}, listSuites());
  const scenarios = selectScenarios(config);
  const tracker = createResourceTracker();
  const t1 = performance.now();
  // As suites/target-fixture.ts does: the rfc suite skips what the server's discovery says it lacks.
  const driven = (suite: string) => CAPABILITY_DRIVEN_SUITES.includes(suite);
  const selected = config.idps.some(driven) && (config.only.length === 0 || config.only.some((id) => driven(id.split('/')[0]!)));
  const declared = selected ? await discoverCapabilities({ baseUrl, auth: config.auth, timeoutMs: config.timeoutMs }) : {};
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const scenario of scenarios) {
    if (skipReason(scenario, config, declared)) {
      skipped += 1;
      continue;
    }
    const result = await runScenario(scenario, {
      baseUrl,
      auth: config.auth,
      seed: config.seed,
      runId: config.runId,
      timeoutMs: config.timeoutMs,
      secrets: config.secrets,
      keepData: config.keepData,
      tracker,
      profile: findProfile(config.profile),
    });
    if (result.status === 'failed') failed += 1;
    else passed += 1;
  }
  return { loadMs: t1 - t0, ms: performance.now() - t1, scenarios: scenarios.length, passed, failed, skipped };
}

process.stdout.write(`${JSON.stringify(await runEngineOnly(await readStdinJson<EngineOnlyConfig>()))}\n`);
