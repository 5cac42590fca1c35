import { buildRequest } from '../engine/build-request.ts';
import { recordRequest } from '../engine/record-exchange.ts';
import type { ScenarioResult, StepResult } from '../engine/result-types.ts';
import { applyProfile } from '../profiles/apply-profile.ts';
import { findProfile } from '../profiles/profiles.ts';
import { createTestData } from '../engine/test-data.ts';
import { expandCopies } from '../scenario/expand-copies.ts';
import type { Scenario } from '../scenario/types.ts';
import { skippedResult } from './skipped-result.ts';
import { EMBEDDED_BASE_URL, type RunConfig } from './run-config.ts';
import { skipReason } from './skip-reason.ts';

const NOT_SENT = 'dry run: not sent';

/**
 * The exact requests a run would send, built without sending any: generated data is filled as in
 * a real run with the same seed; ids the server would return show as `{userId}`.
 * @see issue 6 item 2 (--dry-run)
 */
export function planRequests(scenarios: Scenario[], run: RunConfig): ScenarioResult[] {
  const baseUrl = run.baseUrl ?? EMBEDDED_BASE_URL;
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return scenarios.map((scenario) => {
    const reason = skipReason(scenario, run);
    if (reason) return skippedResult(scenario, reason);
    // Its steps come from the server's /Schemas and /ResourceTypes (src/schema-driven/), which a dry run does not read.
    if (scenario.schemaDriven && scenario.steps.length === 0) return skippedResult(scenario, 'schema-driven: its steps are generated from the server\'s /Schemas and /ResourceTypes, which a dry run does not read');
    const data = createTestData({ seed: run.seed, runId: run.runId, scenarioKey: `${scenario.idp}/${scenario.id}` });
    const resolve = (name: string): unknown => {
      if (name === 'auth') return run.auth ?? '';
      if (name === 'run.id') return run.runId;
      if (name === 'base.path') return basePath;
      return data.resolve(name) ?? `{${name}}`;
    };
    // A step with copies is several requests (src/scenario/expand-copies.ts).
    const steps: StepResult[] = scenario.steps.flatMap((original, index) => expandCopies(original).map((step) => ({
      index,
      name: step.name,
      harness: step.harness === true,
      request: recordRequest(buildRequest(baseUrl, applyProfile(step.request, findProfile(run.profile)), resolve), new Date(), [...run.secrets, ...(run.auth ? [run.auth] : [])]),
      error: NOT_SENT,
      findings: [],
    })));
    return { ...skippedResult(scenario, NOT_SENT), steps };
  });
}

/** The plan as lines a person reads: one scenario, then one request per line. */
export function formatPlan(results: ScenarioResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.id}${result.skipReason && result.skipReason !== NOT_SENT ? ` (skipped: ${result.skipReason})` : ''}`);
    for (const step of result.steps) {
      const target = step.request!.url.replace(/^[a-z]+:\/\/[^/]*/i, '');
      lines.push(`  ${step.index + 1}. ${step.request!.method} ${target}${step.harness ? '   [harness]' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
