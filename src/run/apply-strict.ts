import type { ScenarioResult } from '../engine/result-types.ts';

/**
 * `--strict`: every warning of a scenario's steps (a violated SHOULD) becomes a failure, so the result
 * fails and every report agrees. An optional feature the server declined the way the RFC allows
 * (`expect.decline`) stays a warning: it breaks no SHOULD. Without `strict` the result is returned as it is.
 * @see issue 5 item 3 (severity); RFC 2119 (MUST vs SHOULD); issue 12 (declines are not failures)
 */
export function applyStrict(result: ScenarioResult, strict: boolean): ScenarioResult {
  if (!strict) return result;
  const isDecline = (step: ScenarioResult['steps'][number], message: string) => step.declined?.message === message;
  const own = result.steps.filter((step) => !step.reportedBy);
  const promoted = own.flatMap((step) => step.findings.filter((f) => f.severity === 'warning' && !isDecline(step, f.message)));
  if (promoted.length === 0) return result;
  const kept = own.flatMap((step) => step.findings.filter((f) => f.severity === 'warning' && isDecline(step, f.message)));
  const failures = [
    ...result.failures,
    ...promoted.map(({ step, message, reference }) => ({ step, message: `${message} (a SHOULD, failed by --strict)`, reference })),
  ];
  const stays = result.warnings.map((line) => kept.some((f) => line.includes(f.message)));
  const warnings = result.warnings.filter((_, i) => stays[i]);
  const warningCauses = result.warningCauses?.filter((_, i) => stays[i]);
  return { ...result, status: result.status === 'skipped' || result.status === 'blocked' ? result.status : 'failed', failures, warnings, ...(warningCauses ? { warningCauses } : {}) };
}
