import type { LoadConfig, LoadSample } from './load-types.ts';
import { operationStats, secondStats, type OperationStats, type SecondStats } from './load-stats.ts';
import type { LoadVerdict } from './load-verdicts.ts';
import type { SyncOutcome } from './replay-sync.ts';

/** Everything `load` writes to load.json, and what summary.md and load.html are made from. */
export interface LoadReport {
  tool: { name: 'scim-conformance'; command: 'load' };
  target: string;
  idp: LoadConfig['idp'];
  settings: Pick<LoadConfig, 'users' | 'groups' | 'batch' | 'rate' | 'concurrency' | 'durationMs' | 'timeoutMs' | 'seed'>;
  startedAt: string;
  /** Overall: failed when a verdict failed. */
  status: 'passed' | 'failed';
  verdicts: LoadVerdict[];
  operations: OperationStats[];
  cleanUp: OperationStats | undefined;
  timeline: SecondStats[];
  rateLimits: { total: number; withRetryAfterSeconds: number; withoutRetryAfter: number; retries: number; retriesSucceeded: number };
  /** Entra's documented initial-cycle estimate for this many objects, in minutes (docs/scale.md §2). */
  entraEstimateMinutes?: { objects: number; min: number; max: number };
  sync: { durationMs: number; objects: number; failedObjects: number; created: number; stopped?: string; import?: SyncOutcome['import'] };
  leftovers: string[];
}

/** Assembles the report from the run's samples, outcome and verdicts. */
export function buildLoadReport(input: { config: LoadConfig; target: string; startedAt: string; samples: readonly LoadSample[]; outcome: SyncOutcome; verdicts: LoadVerdict[]; leftovers: string[] }): LoadReport {
  const { config, samples, outcome, verdicts } = input;
  const sync = samples.filter((s) => s.op !== 'clean-up');
  const limited = sync.filter((s) => s.status === 429);
  const objects = config.users + config.groups + (config.groups > 0 ? config.users : 0);
  const report: LoadReport = {
    tool: { name: 'scim-conformance', command: 'load' },
    target: input.target,
    idp: config.idp,
    settings: { users: config.users, groups: config.groups, batch: config.batch, rate: config.rate, concurrency: config.concurrency, durationMs: config.durationMs, timeoutMs: config.timeoutMs, seed: config.seed },
    startedAt: input.startedAt,
    status: verdicts.some((v) => v.status === 'failed') ? 'failed' : 'passed',
    verdicts,
    operations: operationStats(sync),
    cleanUp: operationStats(samples.filter((s) => s.op === 'clean-up'))[0],
    timeline: secondStats(samples),
    rateLimits: {
      total: limited.length,
      withRetryAfterSeconds: limited.filter((s) => typeof s.retryAfter === 'string' && /^\s*\d+\s*$/.test(s.retryAfter)).length,
      withoutRetryAfter: limited.filter((s) => s.retryAfter === null).length,
      retries: sync.filter((s) => s.retry).length,
      retriesSucceeded: sync.filter((s) => s.retry && s.status >= 200 && s.status < 300).length,
    },
    sync: { durationMs: Math.round(outcome.durationMs), objects: outcome.events.length, failedObjects: outcome.events.filter((e) => e.failed).length, created: outcome.created.length, ...(outcome.stopped ? { stopped: outcome.stopped } : {}), ...(outcome.import ? { import: outcome.import } : {}) },
    leftovers: input.leftovers,
  };
  // "Min minutes = 0.01 × N, max minutes = 0.08 × N", N = assigned users + groups + group members.
  if (config.idp === 'entra') report.entraEstimateMinutes = { objects, min: round(0.01 * objects), max: round(0.08 * objects) };
  return report;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
