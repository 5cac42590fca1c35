import type { Scenario, Step } from '../scenario/types.ts';
import { redactSecrets } from '../report/redact.ts';
import type { BlockedBy, Finding, ScenarioResult, StepResult } from './result-types.ts';
import { recordRequest, recordResponse } from './record-exchange.ts';
import { applyProfile } from '../profiles/apply-profile.ts';
import { buildRequest, ForeignOriginError, readablePath } from './build-request.ts';
import { checkResponse } from './check-response.ts';
import { sendRequest, TransportError, type WireRequest, type WireResponse } from './http-client.ts';
import { readPointer, readPointerValues } from './json-pointer.ts';
import { MissingValueError, fillJson } from './placeholders.ts';
import type { ReplayOptions } from './replay-options.ts';
import { ResourceLedger } from './resource-ledger.ts';
import { createTestData } from './test-data.ts';
import { sendWithRetry } from './send-with-retry.ts';
import { cleanUp } from './clean-up.ts';
import { repeatItems } from './repeat-items.ts';
import { isConcurrentStep, runConcurrent } from './run-concurrent.ts';

/**
 * Replays one scenario step by step, exactly as written, and judges every response. The first step
 * with a failed check ends the sequence (later steps depend on it). When that step is a set-up step
 * (`step.setup`) whose own scenario runs in this run (`reportedElsewhere`), the result is `blocked`, naming
 * that scenario, and the set-up steps' findings are left to it: one cause is reported once. Resources the
 * scenario created are removed afterwards, newest first, unless `keepData` is set. A step with `onlyIf`
 * is sent only when the earlier step it names was answered with one of the given statuses.
 * @see src/scenario/types.ts for the format
 */
export async function runScenario(scenario: Scenario, options: ReplayOptions): Promise<ScenarioResult> {
  const started = Date.now();
  const key = `${scenario.idp}/${scenario.id}`;
  const data = createTestData({ seed: options.seed, runId: options.runId, scenarioKey: key });
  const captures = new Map<string, unknown>();
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, '');
  const resolve = (name: string): unknown => {
    if (name === 'auth') return options.auth ?? '';
    if (name === 'run.id') return options.runId;
    if (name === 'base.path') return basePath;
    return captures.has(name) ? captures.get(name) : data.resolve(name);
  };
  const ledger = new ResourceLedger(options.baseUrl, options.tracker);
  const secrets = [...(options.secrets ?? []), ...(options.auth ? [options.auth] : [])];
  const steps: StepResult[] = [];
  let blockedBy: BlockedBy | undefined;
  const answered = new Map<number, number>();

  for (const [index, step] of scenario.steps.entries()) {
    if (step.onlyIf && !step.onlyIf.status.includes(answered.get(step.onlyIf.step - 1) ?? -1)) continue;
    if (isConcurrentStep(scenario.steps, index)) {
      const replay = async (s: Step, i: number, l: string) => {
        const r = await runStep(s, i, l, { options, suite: scenario.idp, resolve, captures, ledger, secrets });
        return scenario.warnOnly ? capToWarnings(r, scenario.warnOnly) : r;
      };
      const sent = await runConcurrent(scenario.steps, index, { runStep: replay, wrapStep: options.wrapStep, resolve, ledger });
      steps.push(...sent);
      if (sent.some((r) => r.capped || r.findings.some((f) => f.severity === 'failure'))) break;
      continue;
    }
    const label = `${index + 1} ${step.request.method} ${readablePath(step.request.path)} — ${step.name}`;
    const owner = step.setup !== undefined && step.setup !== key && options.reportedElsewhere?.(step.setup) ? step.setup : undefined;
    const run = async () => {
      const stepResult = await runStep(step, index, label, { options, suite: scenario.idp, resolve, captures, ledger, secrets });
      // A set-up step is left to its scenario unless it failed on this scenario's own need (a value to capture).
      if (owner && !stepResult.findings.some((f) => f.own)) return { ...stepResult, reportedBy: owner };
      return scenario.warnOnly && !step.setup ? capToWarnings(stepResult, scenario.warnOnly) : stepResult;
    };
    const result = options.wrapStep ? await options.wrapStep(label, run) : await run();
    steps.push(result);
    if (result.response) answered.set(index, result.response.status);
    const failure = result.findings.find((f) => f.severity === 'failure');
    if (result.capped || result.declined) break;
    if (!failure) continue;
    if (result.reportedBy) blockedBy = { result: result.reportedBy, step: label, message: failure.message, reference: failure.reference };
    break;
  }
  const declined = steps.at(-1)?.declined;

  const cleanup = options.keepData ? [] : await cleanUp(ledger.remaining(), { ...options, secrets }, (r) => ledger.markRemoved(r));
  const leftovers = options.keepData ? ledger.remaining().map((r) => `${r.url} (kept: --keep-data)`) : cleanup.filter((c) => c.findings.length > 0).map((c) => c.findings[0]!.message);
  // A set-up step's findings are the named scenario's to report (`reportedBy`), not this one's.
  const findings = steps.filter((s) => !s.reportedBy).flatMap((s) => s.findings);
  const failures = findings.filter((f) => f.severity === 'failure').map(({ step, message, reference }) => ({ step, message, reference }));
  const warnings = findings.filter((f) => f.severity === 'warning');
  return {
    id: key,
    idp: scenario.idp,
    title: scenario.title,
    operation: scenario.operation,
    status: blockedBy ? 'blocked' : failures.length ? 'failed' : declined?.verdict === 'skipped' ? 'skipped' : 'passed',
    ...(blockedBy ? { skipReason: blockedReason(blockedBy), blockedBy } : declined?.verdict === 'skipped' && !failures.length ? { skipReason: `not checked: ${declined.message}` } : {}),
    source: scenario.source.reference,
    failures,
    ...collapseWarnings(warnings),
    steps,
    cleanup,
    leftovers,
    durationMs: Date.now() - started,
  };
}

/**
 * A warn-only scenario's step: each failure becomes a warning that says why, except a check that insists on
 * failing (`firm`: an RFC MUST whatever the request was). A step that would have failed still ends the
 * sequence (`capped`), since the later steps depend on it.
 */
function capToWarnings(step: StepResult, why: string): StepResult {
  if (!step.findings.some((f) => f.severity === 'failure' && !f.firm)) return step;
  const findings = step.findings.map((f) => (f.severity === 'failure' && !f.firm ? { ...f, severity: 'warning' as const, message: `${f.message} (a warning, not a failure: ${why})` } : f));
  return { ...step, findings, capped: true };
}

/** `blocked at step 2 (POST /Users — create user1): <cause>; the cause is reported by okta/create-user`: the words every report shows. */
export function blockedReason(blockedBy: BlockedBy): string {
  const [number, ...rest] = blockedBy.step.split(' ');
  const first = blockedBy.message.split(/ with body |\. What to do:|\. Why: /)[0]!;
  const cause = first.length > 200 ? `${first.slice(0, 200).replace(/\s+\S*$/, '')}…` : first;
  return `blocked at step ${number} (${rest.join(' ')}): ${cause}; the cause is reported by ${blockedBy.result}`;
}

interface StepContext {
  options: ReplayOptions;
  suite: string;
  resolve: (name: string) => unknown;
  captures: Map<string, unknown>;
  ledger: ResourceLedger;
  secrets: string[];
}

async function runStep(step: Step, index: number, label: string, ctx: StepContext): Promise<StepResult> {
  const result: StepResult = { index, name: step.name, harness: step.harness === true, findings: [] };
  /** `own`: the failure is of what this scenario needs from the step, not of the request the step sends. */
  const fail = (message: string, reference = step.reference, own = false): StepResult => {
    result.findings.push({ severity: 'failure', step: label, message: redactSecrets(message, ctx.secrets), reference, ...(own ? { own } : {}) });
    return result;
  };
  let wire: WireRequest;
  try {
    const repeated = step.repeat ? repeatItems(step.request, step.repeat, ctx.resolve) : { request: step.request };
    if (repeated.skipped !== undefined) {
      result.declined = { verdict: 'skipped', message: repeated.skipped, reference: step.reference };
      return result;
    }
    wire = buildRequest(ctx.options.baseUrl, applyProfile(repeated.request, ctx.options.profile), ctx.resolve);
  } catch (error) {
    if (error instanceof MissingValueError) {
      return fail(`could not build the request: {{${error.placeholder}}} has no value, because the step that should capture it did not. What to do: fix the earlier failure first`);
    }
    if (error instanceof ForeignOriginError) {
      result.findings.push({
        severity: 'warning',
        step: label,
        reference: step.reference,
        message: redactSecrets(`inconclusive: not sent, because ${error.message}; the harness sends credentials only to the base URL's origin. What to do: return URIs under the base URL clients use (RFC 7643 §2.3.7), or run with that base URL`, ctx.secrets),
      });
      return result;
    }
    if (step.repeat && error instanceof Error && error.message.startsWith('repeat.')) {
      return fail(`could not build the request: ${error.message}. What to do: fix the scenario's repeat (src/scenario/types.ts)`);
    }
    throw error;
  }
  const path = new URL(wire.url).pathname.slice(new URL(ctx.options.baseUrl).pathname.replace(/\/+$/, '').length);
  const refusal = ctx.ledger.refusal(wire.method, path) ?? ctx.ledger.bulkRefusal(wire.method, path, parseJsonBody(wire.body));
  if (refusal) return fail(`${refusal}. What to do: make the scenario act only on ids it captured from its own creates`, 'issue 6: data safety');

  await ctx.options.beforeRequest?.();
  const startedAt = new Date();
  let response: WireResponse;
  try {
    const sent = await sendWithRetry(ctx.options.send ?? sendRequest, wire, { timeoutMs: ctx.options.timeoutMs }, { ...ctx.options.retry, pace: ctx.options.beforeRequest });
    response = sent.response;
    for (const note of sent.notes) result.findings.push({ severity: 'warning', step: label, message: note, reference: 'RFC 6585 §4; docs/idp/okta.md §4' });
  } catch (error) {
    result.request = recordRequest(wire, startedAt, ctx.secrets);
    if (error instanceof TransportError) {
      result.error = error.message;
      return fail(`expected a response, got none: ${error.message}. What to do: ${TRANSPORT_HINTS[error.code] ?? 'check that the server is up and answers within the limit'}`);
    }
    throw error;
  }
  result.request = recordRequest(wire, startedAt, ctx.secrets);
  result.response = recordResponse(response, Date.now() - startedAt.getTime(), ctx.secrets);
  const outcome = checkResponse({
    method: wire.method,
    path: step.request.path,
    query: step.request.query,
    suite: ctx.suite,
    expect: step.expect,
    reference: step.reference,
    response,
    fill: (value) => fillJson(value, ctx.resolve),
    requestBody: parseJsonBody(wire.body),
  });
  const findings: Finding[] = outcome.findings.map((f) => ({ ...f, step: label, message: redactSecrets(f.message, ctx.secrets) }));
  result.findings.push(...findings);
  if (outcome.declined) result.declined = { ...outcome.declined, message: redactSecrets(outcome.declined.message, ctx.secrets) };
  // A create answered with an unexpected 2xx (201 where 409 was due) still made a resource: read its id from the raw body, so the clean-up removes it.
  ctx.ledger.recordCreate(wire.method, path, response.status, readPointer(outcome.json ?? parseJsonBody(response.body), '/id'));
  ctx.ledger.recordDelete(wire.method, path, response.status);
  const unlocated = ctx.ledger.recordBulk(wire.method, path, response.status, outcome.json);
  if (unlocated.length > 0) {
    result.findings.push({
      severity: 'warning',
      step: label,
      reference: 'issue 6: data safety; RFC 7644 §3.7.3',
      message: `the server reports Bulk operation(s) ${unlocated.join(', ')} created without a location, so the harness does not know their ids: it removes what a later look-up of this scenario lists. What to do: return each operation's location (RFC 7644 §3.7.3); remove any left behind by hand (they carry this run's prefix ${String(ctx.resolve('data.prefix'))})`,
    });
  }
  if (outcome.declined || findings.some((f) => f.severity === 'failure')) return result;
  for (const [name, pointer] of Object.entries(step.capture ?? {})) {
    const value = readPointerValues(outcome.json, pointer);
    if (value === undefined || value === null || value === '') {
      return fail(`expected a value at ${pointer || '(the body)'} to keep as {{${name}}} for later steps, got nothing. What to do: return it in the response body`, step.reference, true);
    }
    ctx.captures.set(name, value);
  }
  return result;
}

function parseJsonBody(body: string | Buffer | undefined): unknown {
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body.toString());
  } catch {
    return undefined;
  }
}

/** What to do about a transport failure, by its kind. */
const TRANSPORT_HINTS: Partial<Record<TransportError['code'], string>> = {
  timeout: 'make the server answer within the limit, or raise --timeout-ms (Okta closes the socket after 60 s, docs/idp/okta.md §1.4)',
  tls: 'give the server a certificate this machine trusts (NODE_EXTRA_CA_CERTS=ca.pem for a private CA), or use http:// for a plain-HTTP server',
  'too-large': 'keep responses small: page list responses with count (RFC 7644 §3.4.2.4) and return single resources only',
  reset: 'check the server\'s logs, and any proxy in front of it, for this request',
};

/** One line per distinct warning; the same finding on several steps names them all once. */
function collapseWarnings(warnings: Finding[]): { warnings: string[]; warningCauses: string[] } {
  const byText = new Map<string, string[]>();
  for (const warning of warnings) {
    const key = `${warning.message} (${warning.reference})`;
    byText.set(key, [...(byText.get(key) ?? []), warning.step]);
  }
  return {
    warnings: [...byText].map(([text, steps]) => (steps.length === 1 ? `${steps[0]}: ${text}` : `steps ${steps.map((s) => s.split(' ')[0]).join(', ')}: ${text}`)),
    warningCauses: [...byText.keys()],
  };
}
