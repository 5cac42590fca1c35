import type { RunInfo, ScenarioResult } from '../engine/result-types.ts';
import { MATRIX_CSS, MATRIX_JS } from './matrix-html-assets.ts';
import { renderScenarioDetails } from './matrix-html-details.ts';
import { buildMatrix, STATUS_ORDER, statusIcon, type MatrixCell } from './matrix.ts';
import { redactInputs } from './redact-inputs.ts';
import { renderRequirementsSection, renderRequirementsSummary } from './requirements-html.ts';
import { redactSecrets } from './redact.ts';
import { countSummary } from './summary-counts.ts';
import { escapeXml as h } from './xml-escape.ts';

const panelId = (row: number, col: number): string => `cell-${row}-${col}`;

/** `✅ passed` for one scenario, `✅ 1 passed ❌ 1 failed` for several: words carry the status, icons only help. */
function cellHtmlLabel(cell: MatrixCell): string {
  const icon = (s: keyof MatrixCell['counts']) => `<span aria-hidden="true">${statusIcon(s)}</span>`;
  if (cell.results.length === 1) return `${icon(cell.results[0]!.status)} ${cell.results[0]!.status}`;
  return STATUS_ORDER.filter((s) => cell.counts[s] > 0).map((s) => `${icon(s)} ${cell.counts[s]} ${s}`).join(' ');
}

function cellHtml(cell: MatrixCell, row: number, col: number): string {
  const attrs = `data-op="${h(cell.operation)}" data-idp="${h(cell.idp)}" data-status="${cell.status}"`;
  if (cell.results.length === 0) {
    return `<td ${attrs}><span aria-hidden="true">—</span><span class="sr">not covered</span></td>`;
  }
  const words = STATUS_ORDER.filter((s) => cell.counts[s] > 0).map((s) => `${cell.counts[s]} ${s}`).join(', ');
  const label = `${cell.operation} on ${cell.idp}: ${words}`;
  return `<td ${attrs}><button type="button" data-panel="${panelId(row, col)}" aria-controls="${panelId(row, col)}" aria-expanded="false" title="${h(label)}">${cellHtmlLabel(cell)}</button></td>`;
}

function panelHtml(cell: MatrixCell, row: number, col: number): string {
  if (cell.results.length === 0) return '';
  const n = cell.results.length;
  return [
    `<section class="panel" id="${panelId(row, col)}" data-cell="${h(cell.operation)}|${h(cell.idp)}" aria-label="${h(cell.operation)} on ${h(cell.idp)}" hidden>`,
    `<h2>${h(cell.operation)} × ${h(cell.idp)} — ${n} scenario${n === 1 ? '' : 's'}</h2>`,
    ...cell.results.map(renderScenarioDetails),
    '</section>',
  ].join('\n');
}

/**
 * `matrix.html`: one self-contained page (inline CSS and JS, no network) with the operation × idp
 * matrix; each cell is a button that reveals its scenarios with failures, skip reason, warnings and steps.
 * @see issue 3 item 3 (the matrix)
 */
export function renderMatrixHtml(rawResults: readonly ScenarioResult[], rawRun: RunInfo): string {
  const { results, run } = redactInputs(rawResults, rawRun);
  const m = buildMatrix(results);
  const c = countSummary(results);
  const head = m.idps.map((idp) => `<th scope="col">${h(idp)}</th>`).join('');
  const rows = m.cells.map((cells, row) =>
    `<tr><th scope="row">${h(m.operations[row]!)}</th>${cells.map((cell, col) => cellHtml(cell, row, col)).join('')}</tr>`);
  const panels = m.cells.flatMap((cells, row) => cells.map((cell, col) => panelHtml(cell, row, col))).filter(Boolean);
  const panelOfResult = new Map(m.cells.flatMap((cells, row) => cells.flatMap((cell, col) => cell.results.map((r) => [r.id, panelId(row, col)] as const))));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>SCIM conformance matrix — ${h(run.target.baseUrl)}</title>
<style>${MATRIX_CSS}</style>
</head>
<body>
<header>
<h1>SCIM conformance matrix</h1>
<p class="meta">Target <strong>${h(run.target.baseUrl)}</strong> · profile <strong>${h(run.target.profile)}</strong> · seed <strong>${h(run.seed)}</strong> · started ${h(run.startedAt)} · ${h(run.tool.name)} ${h(run.tool.version)}</p>
<ul class="totals" aria-label="Totals">
<li data-total="passed">✅ ${c.passed} passed</li><li data-total="failed">❌ ${c.failed} failed</li><li data-total="skipped">⏭️ ${c.skipped} skipped</li><li data-total="blocked">⛔ ${c.blocked} blocked</li><li data-total="warnings">⚠️ ${c.warnings} warnings</li>
</ul>
${renderRequirementsSummary(results)}
</header>
<main>
<div class="scroll">
<table id="matrix">
<caption>Operations (rows) by IdP and dialect (columns). Choose a cell to see its scenarios.</caption>
<thead><tr><th scope="col">Operation</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
<p class="hint" id="details-hint">Choose a cell above to see each scenario's status, failures with their RFC or IdP reference, skip reason, warnings and steps.</p>
${panels.join('\n')}
${renderRequirementsSection(results, { panelOf: (id) => panelOfResult.get(id) })}
</main>
<script>${MATRIX_JS}</script>
</body>
</html>
`;
  return redactSecrets(html, run.secrets);
}
