import type { RunInfo, ScenarioResult } from '../engine/result-types.ts';
import { escapeMarkdownInline as md, markdownMessage } from './markdown-escape.ts';
import { buildMatrix, cellLabel } from './matrix.ts';
import { redactInputs } from './redact-inputs.ts';
import { redactSecrets } from './redact.ts';
import { countSummary } from './summary-counts.ts';

function headline(results: readonly ScenarioResult[], run: RunInfo): string[] {
  const c = countSummary(results);
  const verdict = c.failed > 0 ? `❌ ${c.failed} failed` : c.passed > 0 ? '✅ no failures' : '⏭️ nothing ran';
  return [
    `## SCIM conformance: ${verdict}`,
    '',
    `**Target** ${md(run.target.baseUrl)} · **profile** ${md(run.target.profile)} · **seed** ${md(run.seed)} · ` +
      `✅ ${c.passed} passed · ❌ ${c.failed} failed · ⏭️ ${c.skipped} skipped · ` +
      `${c.blocked > 0 ? `⛔ ${c.blocked} blocked · ` : ''}⚠️ ${c.warnings} warnings`,
  ];
}

function matrixTable(results: readonly ScenarioResult[]): string[] {
  const m = buildMatrix(results);
  if (m.operations.length === 0) return ['_No scenarios ran._'];
  return [
    `| Operation | ${m.idps.map(md).join(' | ')} |`,
    `| --- |${m.idps.map(() => ' :---: |').join('')}`,
    ...m.cells.map((row, i) => `| ${md(m.operations[i]!)} | ${row.map(cellLabel).join(' | ')} |`),
  ];
}

function failures(results: readonly ScenarioResult[]): string[] {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === 0) return [];
  return ['', '### Failures', ...failed.flatMap((r) => [
    '',
    `#### ❌ ${md(r.id)} — ${md(r.title)}`,
    '',
    ...(r.failures.length === 0 ? ['- _No finding was recorded; see transcript.har._'] : []),
    ...r.failures.map((f) => `- **${md(f.step)}** _(${md(f.reference)})_${markdownMessage(f.message, '  ')}`),
  ])];
}

function warnings(results: readonly ScenarioResult[]): string[] {
  const lines = results.flatMap((r) => r.warnings.map((w) => `- ⚠️ **${md(r.id)}**${markdownMessage(w, '  ')}`));
  return lines.length === 0 ? [] : ['', '### Warnings', '', ...lines];
}

function skipped(results: readonly ScenarioResult[]): string[] {
  const lines = results
    .filter((r) => r.status === 'skipped')
    .map((r) => `- ⏭️ **${md(r.id)}** — ${md(r.title)}: ${md(r.skipReason ?? 'no reason given')}`);
  return lines.length === 0 ? [] : ['', '### Skipped', '', ...lines];
}

function blocked(results: readonly ScenarioResult[]): string[] {
  const lines = results
    .filter((r) => r.status === 'blocked')
    .map((r) => `- ⛔ **${md(r.id)}** — ${md(r.title)}: ${md(r.skipReason ?? 'blocked')}`);
  return lines.length === 0 ? [] : ['', '### Blocked', '', 'These never reached their subject: a set-up step failed, and the result named reports that cause.', '', ...lines];
}

function leftBehind(results: readonly ScenarioResult[]): string[] {
  const lines = results.flatMap((r) => r.leftovers.map((l) => `- **${md(r.id)}**: ${md(l)}`));
  if (lines.length === 0) return [];
  return ['', '### Left behind', '', 'The harness created these and could not remove them; delete them by hand.', '', ...lines];
}

/**
 * `summary.md` for a GitHub job summary: a headline, one operation × idp matrix, then failures
 * (step, message, reference), warnings, skipped with reasons, and resources left behind.
 * @see issue 3 item 3 (the matrix)
 */
export function renderSummaryMarkdown(rawResults: readonly ScenarioResult[], rawRun: RunInfo): string {
  const { results, run } = redactInputs(rawResults, rawRun);
  const text = [
    ...headline(results, run),
    '',
    ...matrixTable(results),
    ...failures(results),
    ...warnings(results),
    ...skipped(results),
    ...blocked(results),
    ...leftBehind(results),
    '',
  ].join('\n');
  return redactSecrets(text, run.secrets);
}
