/**
 * The note a replay test carries when it failed a conformance check and was marked as an expected
 * failure only so that Playwright keeps its worker (suites/replay.spec.ts); the verdict reporter
 * recognises it and gives the reports back the plain failure.
 */
export const KEEP_WORKER_NOTE = 'conformance failure: kept the worker';
