import type { HarEntry } from './har-replay.ts';

/** Where a harness run's wall time went, from its HAR timestamps and the process's spawn/exit times. */
export interface RunTimeline {
  /** Spawn of `scim-conformance run` to the first request sent, ms (CLI, Playwright and worker start-up). */
  startupMs: number;
  /** First request sent to last response received, ms. */
  requestsSpanMs: number;
  /** Sum of the HAR entries' `time` (waiting on the server, as the engine saw it), ms. */
  requestTimeMs: number;
  /** Last response to process exit, ms (clean-up reporters, report writing, Playwright shutdown). */
  shutdownMs: number;
}

/** Splits a run's wall time into start-up, requests and shut-down using the HAR's timestamps. */
export function runTimeline(entries: readonly HarEntry[], startedAt: number, endedAt: number): RunTimeline {
  const starts = entries.map((e) => Date.parse(e.startedDateTime));
  const firstStart = Math.min(...starts);
  const lastEnd = Math.max(...entries.map((e, i) => starts[i]! + e.time));
  return {
    startupMs: firstStart - startedAt,
    requestsSpanMs: lastEnd - firstStart,
    requestTimeMs: entries.reduce((sum, e) => sum + e.time, 0),
    shutdownMs: endedAt - lastEnd,
  };
}
