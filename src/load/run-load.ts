import { redactDeep } from '../report/redact.ts';
import { buildLoadReport, type LoadReport } from './load-report.ts';
import type { LoadConfig, LoadSample } from './load-types.ts';
import { judgeLoad } from './load-verdicts.ts';
import { cleanUpLoad } from './clean-up-load.ts';
import { replaySync, type SyncProgress } from './replay-sync.ts';
import type { MeasureContext } from './send-measured.ts';
import { createThrottle } from './throttle.ts';

/** How the command watches and stops a load run. */
export interface LoadControl {
  /** True once the run should stop (SIGINT/SIGTERM): no new work; clean-up still runs. */
  stopped(): boolean;
  /** Resolves when the run is stopped, so waits end early. */
  whenStopped: Promise<void>;
  /** Called about once a second with the live counters. */
  onProgress?: (progress: SyncProgress & { requests: number; clock: number }) => void;
}

/**
 * Replays the initial sync against `config.baseUrl`, removes what it created, and judges it.
 * @see src/load/replay-sync.ts (the sync), src/load/load-verdicts.ts (the verdicts)
 */
export async function runLoad(config: LoadConfig & { baseUrl: string }, control: LoadControl, target = config.baseUrl): Promise<LoadReport> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const clock = () => performance.now() - t0;
  const samples: LoadSample[] = [];
  const sleep = (ms: number) => Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms)), control.whenStopped]);
  const ctx: MeasureContext = { idp: config.idp, throttle: createThrottle({ rate: config.rate, concurrency: config.concurrency }), timeoutMs: config.timeoutMs, clock, deadline: config.durationMs, samples, sleep };
  const progress: SyncProgress = { phase: 'start', objectsDone: 0, objectsTotal: 0 };
  const ticker = setInterval(() => control.onProgress?.({ ...progress, requests: samples.length, clock: clock() }), 1000);
  try {
    const outcome = await replaySync(config, ctx, progress, control.stopped);
    if (control.stopped()) outcome.stopped = 'interrupted';
    const syncSamples = [...samples];
    progress.phase = 'clean-up';
    // The clean-up is the harness's own traffic, not the IdP's: no IdP back-off (deadline 0); it retries on its own.
    const leftovers = await cleanUpLoad(config, outcome.created, { ...ctx, deadline: 0 });
    const verdicts = judgeLoad({ config, samples: syncSamples, outcome, leftovers });
    return redactDeep(buildLoadReport({ config, target, startedAt, samples, outcome, verdicts, leftovers }), config.secrets);
  } finally {
    clearInterval(ticker);
  }
}
