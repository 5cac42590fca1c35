import type { ScenarioResult } from '../engine/result-types.ts';

/**
 * `--strict`: every warning of a scenario's steps (a violated SHOULD) becomes a failure, so the result
 * fails and every report agrees. Without `strict` the result is returned as it is.
 * @see issue 5 item 3 (severity); RFC 2119 (MUST vs SHOULD)
 */
export function applyStrict(result: ScenarioResult, strict: boolean): ScenarioResult {
  if (!strict) return result;
  const promoted = result.steps.filter((step) => !step.reportedBy).flatMap((step) => step.findings.filter((f) => f.severity === 'warning'));
  if (promoted.length === 0) return result;
  const failures = [
    ...result.failures,
    ...promoted.map(({ step, message, reference }) => ({ step, message: `${message} (a SHOULD, failed by --strict)`, reference })),
  ];
  return { ...result, status: result.status === 'skipped' || result.status === 'blocked' ? result.status : 'failed', failures, warnings: [] };
}
