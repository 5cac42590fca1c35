import type { ResultStatus, RunInfo, ScenarioResult } from '../engine/result-types.ts';
import type { Operation } from '../scenario/types.ts';
import { redactDeep, redactSecrets } from './redact.ts';
import { countSummary, type SummaryCounts } from './summary-counts.ts';

/** One result in `conformance.json`. `operation`, `skipReason` and `blockedBy` are the only additions to the agreed shape. */
export interface ConformanceResult {
  id: string;
  idp: string;
  title: string;
  status: ResultStatus;
  failures: Array<{ step: string; message: string; reference: string }>;
  warnings: string[];
  operation: Operation;
  skipReason?: string;
  /** For a blocked result: the result that reports the cause (`<idp>/<id>`). */
  blockedBy?: string;
}

/**
 * The summary keeps its agreed four keys: a blocked result never reached its subject, so it counts as skipped
 * there (its own row says `blocked` and names the cause), as JUnit counts it.
 */
function agreedSummary(c: SummaryCounts): ConformanceReport['summary'] {
  return { passed: c.passed, failed: c.failed, skipped: c.skipped + c.blocked, warnings: c.warnings };
}

/** The whole of `conformance.json`, a shape other tools parse: do not change it. */
export interface ConformanceReport {
  tool: { name: 'scim-conformance'; version: string };
  target: { baseUrl: string; profile: string };
  summary: Omit<SummaryCounts, 'blocked'>;
  results: ConformanceResult[];
}

/**
 * Builds the `conformance.json` object, strings already redacted.
 * @see issue 2 item 7 (Reports)
 */
export function buildConformanceReport(results: readonly ScenarioResult[], run: RunInfo): ConformanceReport {
  const report: ConformanceReport = {
    tool: { name: run.tool.name, version: run.tool.version },
    target: { baseUrl: run.target.baseUrl, profile: run.target.profile },
    summary: agreedSummary(countSummary(results)),
    results: results.map((r) => ({
      id: r.id,
      idp: r.idp,
      title: r.title,
      status: r.status,
      failures: r.failures.map((f) => ({ step: f.step, message: f.message, reference: f.reference })),
      warnings: [...r.warnings],
      operation: r.operation,
      ...((r.status === 'skipped' || r.status === 'blocked') && r.skipReason !== undefined ? { skipReason: r.skipReason } : {}),
      ...(r.status === 'blocked' && r.blockedBy ? { blockedBy: r.blockedBy.result } : {}),
    })),
  };
  return redactDeep(report, run.secrets);
}

/** The text of `conformance.json`: two-space indented, newline-terminated, redacted. */
export function renderConformanceJson(results: readonly ScenarioResult[], run: RunInfo): string {
  return redactSecrets(`${JSON.stringify(buildConformanceReport(results, run), null, 2)}\n`, run.secrets);
}
