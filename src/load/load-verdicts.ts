import type { LoadConfig, LoadSample } from './load-types.ts';
import type { SyncOutcome } from './replay-sync.ts';

/** One verdict of a load run, judged against a documented threshold. */
export interface LoadVerdict {
  id: 'throughput' | 'server-errors' | 'timeouts' | 'rate-limit' | 'quarantine' | 'import-paging' | 'completed' | 'clean-up';
  status: 'passed' | 'failed' | 'warning' | 'skipped';
  title: string;
  /** What was measured and, when not passed, what to do. */
  detail: string;
  reference: string;
}

/** Entra's gallery requirement: at least 25 requests/second per tenant (docs/idp/entra.md §1.5). */
export const ENTRA_REQUIRED_RPS = 25;
/** Entra's escrow thresholds (docs/idp/entra.md §6, Quarantine). */
export const QUARANTINE = { evaluatedFrom: 5_000, failedShare: 0.4, failures: 40_000, anyFailures: 60_000 } as const;
/** Sustained means at least this share of the required rate, for the ramp at start and end. */
const SUSTAIN_TOLERANCE = 0.95;

export interface LoadJudgement {
  config: LoadConfig;
  /** Requests of the sync phase (clean-up excluded). */
  samples: readonly LoadSample[];
  outcome: SyncOutcome;
  leftovers: readonly string[];
}

/**
 * The verdicts of a load run. Failures: an RFC MUST, or a documented IdP threshold the server would cross
 * (Entra's 25 requests/second and quarantine, Okta's 60 s socket timeout, 5xx the IdPs do not retry in the
 * cycle, import pages Okta cannot read). Warnings: what slows the IdP down without breaking the sync.
 * @see docs/scale.md §3 (each verdict with its source)
 */
export function judgeLoad({ config, samples, outcome, leftovers }: LoadJudgement): LoadVerdict[] {
  const verdicts: LoadVerdict[] = [throughput(config, samples, outcome), serverErrors(samples), timeouts(config, samples), rateLimits(config, samples)];
  if (config.idp === 'entra') verdicts.push(quarantine(outcome));
  if (config.idp === 'okta') verdicts.push(importPaging(outcome));
  const done = outcome.events.length;
  const total = config.users + config.groups + (config.groups > 0 ? config.users : 0);
  verdicts.push(outcome.stopped
    ? { id: 'completed', status: 'warning', title: 'the sync ran to the end', detail: `${outcome.stopped === 'duration' ? `stopped after --duration ${config.durationMs / 1000} s` : 'interrupted'}: ${done} of ${total} objects done; the verdicts judge that part. Raise --duration or --rate to replay all of it`, reference: 'docs/scale.md §2' }
    : { id: 'completed', status: 'passed', title: 'the sync ran to the end', detail: `${done} of ${total} objects (users, groups, memberships) in ${(outcome.durationMs / 1000).toFixed(1)} s`, reference: 'docs/scale.md §2' });
  verdicts.push(leftovers.length
    ? { id: 'clean-up', status: 'warning', title: 'everything created was removed', detail: `could not remove ${leftovers.length}: ${leftovers.slice(0, 5).join('; ')}${leftovers.length > 5 ? '; …' : ''}. What to do: remove them by hand (their names start with scimtest-${config.runId}-)`, reference: 'README "What a run does to your server"' }
    : { id: 'clean-up', status: 'passed', title: 'everything created was removed', detail: `${outcome.created.length} users and groups created and removed`, reference: 'README "What a run does to your server"' });
  return verdicts;
}

function throughput(config: LoadConfig, samples: readonly LoadSample[], outcome: SyncOutcome): LoadVerdict {
  const title = `sustains ${ENTRA_REQUIRED_RPS} requests/second`;
  const reference = 'docs/idp/entra.md §1.5 (gallery apps: at least 25 requests/second per tenant)';
  if (config.rate < ENTRA_REQUIRED_RPS) return { id: 'throughput', status: 'skipped', title, detail: `--rate ${config.rate} offers less than ${ENTRA_REQUIRED_RPS} requests/second; run with --rate ${ENTRA_REQUIRED_RPS} or more to judge it`, reference };
  const achieved = samples.length / Math.max(outcome.durationMs / 1000, 0.001);
  const detail = `${achieved.toFixed(1)} requests/second over ${(outcome.durationMs / 1000).toFixed(1)} s (offered --rate ${config.rate}, --concurrency ${config.concurrency})`;
  if (achieved >= ENTRA_REQUIRED_RPS * SUSTAIN_TOLERANCE) return { id: 'throughput', status: 'passed', title, detail, reference };
  // The figure is Entra's; Okta publishes none (docs/scale.md §2), so for Okta it is indirect evidence.
  return {
    id: 'throughput',
    status: config.idp === 'entra' ? 'failed' : 'warning',
    title,
    detail: `${detail}. What to do: answer faster (the p95 latency sets how many requests ${config.concurrency} connections carry), or raise --concurrency if the server scales with more connections`,
    reference,
  };
}

function serverErrors(samples: readonly LoadSample[]): LoadVerdict {
  const errors = samples.filter((s) => s.status >= 500 || s.error === 'transport');
  const title = 'no 5xx and no dropped connections under load';
  const reference = 'docs/idp/entra.md §6 (500: retried in 40 minutes, counted as failures); docs/idp/okta.md §4 (no documented retry: the task fails)';
  if (errors.length === 0) return { id: 'server-errors', status: 'passed', title, detail: 'none', reference };
  const kinds = countBy(errors.map((s) => (s.status ? String(s.status) : `connection error (${s.message ?? 'no answer'})`)));
  return { id: 'server-errors', status: 'failed', title, detail: `${errors.length} of ${samples.length} requests: ${kinds}. What to do: shed load with 429 and an integer Retry-After instead of failing`, reference };
}

function timeouts(config: LoadConfig, samples: readonly LoadSample[]): LoadVerdict {
  const late = samples.filter((s) => s.error === 'timeout');
  const title = `no request reached the ${config.timeoutMs / 1000} s limit`;
  const reference = 'docs/idp/okta.md §1.4 (Okta closes the socket after 60 s); docs/idp/entra.md §6 (Timeout: retried in 40 minutes)';
  if (late.length === 0) return { id: 'timeouts', status: 'passed', title, detail: `slowest answer ${Math.round(Math.max(0, ...samples.map((s) => s.ms)))} ms`, reference };
  return { id: 'timeouts', status: 'failed', title, detail: `${late.length} request(s) got no answer within --timeout-ms ${config.timeoutMs} (${countBy(late.map((s) => s.op))}). What to do: index the lookups (userName, displayName) and keep writes short`, reference };
}

function rateLimits(config: LoadConfig, samples: readonly LoadSample[]): LoadVerdict {
  const limited = samples.filter((s) => s.status === 429);
  const title = '429 comes with an integer Retry-After, and the retry after it succeeds';
  const reference = 'docs/idp/okta.md §4 (Retry-After in seconds, else a 5-minute wait, doubling, 10 attempts); docs/idp/entra.md §6 (429)';
  if (limited.length === 0) return { id: 'rate-limit', status: 'passed', title, detail: `no 429 at ${config.rate} requests/second`, reference };
  const withSeconds = limited.filter((s) => typeof s.retryAfter === 'string' && /^\s*\d+\s*$/.test(s.retryAfter)).length;
  const retries = samples.filter((s) => s.retry);
  const retriedOk = retries.filter((s) => s.status >= 200 && s.status < 300).length;
  const detail = `${limited.length} answers 429, ${withSeconds} with Retry-After in seconds; ${retries.length} retries after the IdP's wait, ${retriedOk} of them succeeded`;
  if (withSeconds === limited.length) return { id: 'rate-limit', status: 'passed', title, detail, reference };
  const idpWait = config.idp === 'okta' ? 'Okta then waits 5 minutes, doubling' : 'Entra then leaves the object for a later cycle (40 minutes)';
  return { id: 'rate-limit', status: 'warning', title, detail: `${detail}. ${limited.length - withSeconds} without: ${idpWait}. What to do: send Retry-After with whole seconds`, reference };
}

function quarantine(outcome: SyncOutcome): LoadVerdict {
  const title = 'Entra would not quarantine the job';
  const reference = 'docs/idp/entra.md §6 (Quarantine: from 5,000 failures, above 40 % failed or 40,000 failures, or 60,000 of any kind; at once on 404 to a filter or 401/403)';
  const failed = outcome.events.filter((e) => e.failed);
  const total = outcome.events.length;
  const share = total ? failed.length / total : 0;
  const sample = failed.slice(0, 3).map((e) => e.reason).join('; ');
  const measured = `${failed.length} of ${total} objects failed (${(share * 100).toFixed(1)} %)${sample ? `, e.g. ${sample}` : ''}`;
  if (outcome.quarantineTriggers.length) {
    return { id: 'quarantine', status: 'failed', title, detail: `quarantine at once: ${outcome.quarantineTriggers.slice(0, 3).join('; ')}. ${measured}. What to do: answer a filter that matches nothing with 200 and an empty ListResponse, and accept the token`, reference };
  }
  const atThisSize = (failed.length >= QUARANTINE.evaluatedFrom && (share > QUARANTINE.failedShare || failed.length > QUARANTINE.failures)) || failed.length > QUARANTINE.anyFailures;
  if (atThisSize) return { id: 'quarantine', status: 'failed', title, detail: `the escrow thresholds are crossed: ${measured}`, reference };
  if (share > QUARANTINE.failedShare) {
    return { id: 'quarantine', status: 'failed', title, detail: `${measured}: above 40 %, so a tenant large enough to reach 5,000 failures would be quarantined (retries after 6, 12 and 24 hours, disabled after 4 weeks)`, reference };
  }
  if (failed.length) return { id: 'quarantine', status: 'warning', title, detail: `${measured}: below the thresholds, but each failed object waits for a later cycle (30 min, 1 h, 2 h … back-off)`, reference };
  return { id: 'quarantine', status: 'passed', title, detail: `no object failed (${total} objects)`, reference };
}

function importPaging(outcome: SyncOutcome): LoadVerdict {
  const title = "Okta's import pages through every user";
  const reference = 'docs/idp/okta.md §3.2 (startIndex=1&count=100, then +100; stable order; integer paging fields)';
  const found = outcome.import;
  if (!found) return { id: 'import-paging', status: 'skipped', title, detail: 'the import did not run (the sync stopped first)', reference };
  const detail = `${found.pages} pages, totalResults ${found.totalResults ?? 'missing'}, ${found.distinctIds} distinct users listed`;
  if (found.problems.length === 0) return { id: 'import-paging', status: 'passed', title, detail, reference };
  return { id: 'import-paging', status: 'failed', title, detail: `${detail}: ${found.problems.slice(0, 3).join('; ')}`, reference };
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${n}× ${value}`).join(', ');
}
