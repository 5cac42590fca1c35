import { escapeMarkdownInline } from '../report/markdown-escape.ts';
import type { LoadReport } from './load-report.ts';

const MARK: Record<string, string> = { passed: '✅ passed', failed: '❌ failed', warning: '⚠️ warning', skipped: '⏭️ skipped' };

/** summary.md of a load run: the verdicts with their sources, then latency and status counts per operation. */
export function loadSummaryMarkdown(report: LoadReport): string {
  const s = report.settings;
  const lines = [
    `# scim-conformance load: ${report.idp} initial sync — ${report.status}`,
    '',
    `Target ${escapeMarkdownInline(report.target)}; ${s.users} users, ${s.groups} groups, ${s.batch} members per PATCH; at most ${s.rate} requests/second and ${s.concurrency} at once; seed ${s.seed}.`,
    `The sync took ${(report.sync.durationMs / 1000).toFixed(1)} s for ${report.sync.objects} objects (${report.sync.failedObjects} failed)${report.sync.stopped ? `, stopped early (${report.sync.stopped})` : ''}.`,
  ];
  if (report.entraEstimateMinutes) {
    const e = report.entraEstimateMinutes;
    lines.push(`Entra documents ${e.min}–${e.max} minutes for an initial cycle of ${e.objects} objects (0.01–0.08 min per user, group and membership; docs/scale.md §2).`);
  }
  lines.push('', '## Verdicts', '', '| verdict | result | measured | source |', '| --- | --- | --- | --- |');
  for (const v of report.verdicts) lines.push(`| ${escapeMarkdownInline(v.title)} | ${MARK[v.status]} | ${escapeMarkdownInline(v.detail)} | ${escapeMarkdownInline(v.reference)} |`);
  lines.push('', '## Per operation', '', '| operation | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | statuses |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const o of [...report.operations, ...(report.cleanUp ? [report.cleanUp] : [])]) {
    const statuses = Object.entries(o.statuses).map(([status, n]) => `${status}: ${n}`).join(', ');
    lines.push(`| ${o.op} | ${o.requests} | ${o.throughput} | ${o.p50} | ${o.p95} | ${o.p99} | ${o.max} | ${statuses} |`);
  }
  const r = report.rateLimits;
  lines.push('', `429 answers: ${r.total} (${r.withRetryAfterSeconds} with Retry-After in seconds, ${r.withoutRetryAfter} without); ${r.retries} retries after the IdP's wait, ${r.retriesSucceeded} succeeded.`);
  if (report.leftovers.length) lines.push('', '## Left behind', '', ...report.leftovers.map((l) => `- ${escapeMarkdownInline(l)}`));
  lines.push('', 'Charts: load.html (latency and status over time). All figures: load.json.', '');
  return lines.join('\n');
}
