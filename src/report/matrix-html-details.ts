import type { ScenarioResult, StepResult } from '../engine/result-types.ts';
import { statusIcon } from './matrix.ts';
import { escapeXml as h } from './xml-escape.ts';

/** A step's outcome as a keyword (for `data-step-status`) and a visible mark. */
function stepMark(step: StepResult): [string, string] {
  if (step.request === undefined) return ['not-sent', '⛔'];
  if (step.error !== undefined && step.response === undefined) return ['error', '❌'];
  if (step.findings.some((f) => f.severity === 'failure')) return ['failed', '❌'];
  if (step.findings.some((f) => f.severity === 'warning')) return ['warning', '⚠️'];
  return ['passed', '✅'];
}

function stepItem(step: StepResult, forceHarness = false): string {
  const req = step.request;
  const res = step.response;
  const call = req === undefined ? '' : ` <code>${h(req.method)} ${h(req.url)}</code>`;
  const outcome = res !== undefined ? ` → ${res.status} ${h(res.statusText)} (${Math.round(res.timeMs)} ms)` : '';
  const harness = step.harness || forceHarness ? ' <span class="tag">harness</span>' : '';
  const error = step.error !== undefined ? `<pre>${h(step.error)}</pre>` : '';
  const [key, mark] = stepMark(step);
  const label = { 'not-sent': 'not sent', error: 'no response', failed: 'failed', warning: 'warning', passed: 'passed' }[key];
  return `<li data-step-status="${key}"><span aria-hidden="true">${mark}</span><span class="sr">${label}:</span> ${h(step.name)}${harness}${call}${outcome}${error}</li>`;
}

function list(title: string, cls: string, items: string[]): string {
  return items.length === 0 ? '' : `<h4>${title}</h4><ol class="${cls}">${items.join('')}</ol>`;
}

/** One scenario in a cell's panel: status, failures (step, message, reference) or skip reason, warnings, steps. */
export function renderScenarioDetails(r: ScenarioResult): string {
  const failures = r.failures.map((f) =>
    `<li><strong>${h(f.step)}</strong><pre>${h(f.message)}</pre><p class="ref">Reference: ${h(f.reference)}</p></li>`);
  const skip = r.status === 'skipped' ? `<p class="skip"><strong>Skipped:</strong> ${h(r.skipReason ?? 'no reason given')}</p>`
    : r.status === 'blocked' ? `<p class="skip"><strong>Blocked:</strong> ${h(r.skipReason ?? 'a set-up step failed')}</p>` : '';
  return [
    `<article class="scenario" data-id="${h(r.id)}" data-status="${h(r.status)}">`,
    `<h3><span class="badge ${h(r.status)}">${statusIcon(r.status)} ${h(r.status)}</span> ${h(r.id)} — ${h(r.title)}</h3>`,
    `<p class="meta">Source: ${h(r.source)} · ${Math.round(r.durationMs)} ms</p>`,
    skip,
    list('Failures', 'failures', failures),
    list('Warnings', 'warnings', r.warnings.map((w) => `<li><pre>${h(w)}</pre></li>`)),
    list('Steps', 'steps', r.steps.map((s) => stepItem(s))),
    list('Clean-up', 'steps', r.cleanup.map((s) => stepItem(s, true))),
    list('Left behind', 'warnings', r.leftovers.map((l) => `<li><code>${h(l)}</code></li>`)),
    '</article>',
  ].join('\n');
}
