import { mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, runJsonScript, startServe, timeNode, type TimedRun } from './child-processes.ts';
import type { EngineOnlyConfig, EngineOnlyResult } from './engine-only-worker.ts';
import { createNodeHttpSend, readHarEntries, replayHar, type BareSend, type ReplayResult } from './har-replay.ts';
import { runTimeline, type RunTimeline } from './har-timeline.ts';

/** A timed run and what its conformance.json summary says, e.g. `91 passed, 0 failed, 1 skipped`. */
export type FullRun = TimedRun & { summary: string; requests: number; timeline: RunTimeline };

/** One full conformance run against `serve`, and the bare replay of its HAR against a fresh `serve`. */
export interface ServeRunPair {
  run: FullRun;
  /** Bare replay with global fetch (the reference for the overhead). */
  replay: ReplayResult;
  /** The same bare replay with node:http and a keep-alive agent (the engine's own transport). */
  replayHttp: ReplayResult;
  /** The same scenarios through the engine alone (no Playwright), against another fresh `serve`. */
  engine: EngineOnlyResult;
}

/** Options of the full-run measurements. */
export interface FullRunOptions {
  repeats?: number;
  /** Where each run writes its reports (a fresh sub-directory per run). */
  workDir: string;
  /** Token `serve` requires (random per bench; never printed). */
  token: string;
  /** Limit per run, ms. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** The environment of a run, without SCIM_* variables that would redirect it. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('SCIM_')) delete env[name];
  return env;
}

/**
 * Fails the bench unless the run completed (exit 0, or 1 when a check failed: the time still counts and
 * the summary shows it); returns it with its report summary.
 */
function checkedRun(run: TimedRun, reportDir: string, what: string): FullRun {
  if (run.code !== 0 && run.code !== 1) {
    throw new Error(`bench: ${what} exited with ${String(run.code)}, expected 0 (every check passes against the mock). Output:\n${run.tail}`);
  }
  const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')) as { summary: Record<string, number> };
  const { passed, failed, skipped } = report.summary;
  const entries = readHarEntries(path.join(reportDir, 'transcript.har'));
  return {
    ...run,
    summary: `${passed} passed, ${failed} failed, ${skipped} skipped`,
    requests: entries.length,
    timeline: runTimeline(entries, run.startedAt, run.endedAt),
  };
}

/** Wall time of `scim-conformance run` (every suite) against the embedded, in-process mock. */
export async function timeEmbeddedRuns(options: FullRunOptions): Promise<FullRun[]> {
  const { repeats = 3, workDir, timeoutMs = 120_000, log = () => {} } = options;
  const runs: FullRun[] = [];
  for (let i = 1; i <= repeats; i += 1) {
    const reportDir = mkdtempSync(path.join(workDir, 'embedded-'));
    const run = checkedRun(await timeNode([CLI, 'run', '--report-dir', reportDir], timeoutMs, cleanEnv()), reportDir, 'scim-conformance run (embedded mock)');
    log(`  embedded run ${i}/${repeats}: ${(run.ms / 1000).toFixed(2)} s`);
    runs.push(run);
  }
  return runs;
}

/**
 * Each repeat: a fresh `serve`, a timed `scim-conformance run --base-url` against it, then bare
 * replays of that run's transcript.har (fetch, then node:http), each against a fresh `serve`, then the
 * engine alone (the same scenarios through `runScenario`, no Playwright) against another fresh one.
 */
export async function timeServeRunsWithReplay(options: FullRunOptions): Promise<ServeRunPair[]> {
  const { repeats = 3, workDir, token, timeoutMs = 120_000, log = () => {} } = options;
  const pairs: ServeRunPair[] = [];
  for (let i = 1; i <= repeats; i += 1) {
    const reportDir = mkdtempSync(path.join(workDir, 'serve-'));
    const serve = await startServe(token);
    let timed: TimedRun;
    try {
      timed = await timeNode([CLI, 'run', '--base-url', serve.url, `--token=${token}`, '--report-dir', reportDir], timeoutMs, cleanEnv());
    } finally {
      await serve.stop();
    }
    const run = checkedRun(timed, reportDir, 'scim-conformance run --base-url (serve)');
    const entries = readHarEntries(path.join(reportDir, 'transcript.har'));
    const replay = await replayOnFreshServe(entries, token);
    const replayHttp = await replayOnFreshServe(entries, token, createNodeHttpSend());
    const engine = await timeEngineOnly(token, timeoutMs);
    log(
      `  serve run ${i}/${repeats}: ${(run.ms / 1000).toFixed(2)} s; bare replay of its ${entries.length} requests: ` +
        `${(replay.ms / 1000).toFixed(2)} s (fetch), ${(replayHttp.ms / 1000).toFixed(2)} s (node:http); engine alone: ${(engine.ms / 1000).toFixed(2)} s`,
    );
    pairs.push({ run, replay, replayHttp, engine });
  }
  return pairs;
}

/** Runs bench/engine-only-worker.ts in a fresh process against a fresh `serve`. */
async function timeEngineOnly(token: string, timeoutMs: number): Promise<EngineOnlyResult> {
  const serve = await startServe(token);
  try {
    const config: EngineOnlyConfig = { baseUrl: serve.url, token };
    return await runJsonScript<EngineOnlyResult>(path.join(ROOT, 'bench', 'engine-only-worker.ts'), config, timeoutMs);
  } finally {
    await serve.stop();
  }
}

/** Replays the HAR against a fresh `serve` (global fetch unless `send` says otherwise). */
async function replayOnFreshServe(entries: Parameters<typeof replayHar>[0], token: string, send?: BareSend): Promise<ReplayResult> {
  const fresh = await startServe(token);
  try {
    return await replayHar(entries, fresh.url, token, send);
  } finally {
    await fresh.stop();
  }
}
