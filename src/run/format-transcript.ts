import type { ScenarioResult, StepResult } from '../engine/result-types.ts';

/**
 * The request/response transcript of one scenario as plain text, attached to its test in the HTML
 * report: every exchange as on the wire, then the findings of that step.
 */
export function formatTranscript(result: ScenarioResult): string {
  const parts = [`${result.id}: ${result.title}`, `source: ${result.source}`, ''];
  for (const step of result.steps) parts.push(formatStep(step, `step ${step.index + 1}${step.harness ? ' (sent by the harness, not the IdP)' : ''}: ${step.name}`));
  for (const step of result.cleanup) parts.push(formatStep(step, step.name));
  return parts.join('\n');
}

function formatStep(step: StepResult, title: string): string {
  const lines = [`=== ${title}`];
  if (step.request) {
    const { pathname, search } = new URL(step.request.url);
    lines.push(`${step.request.method} ${pathname}${search} HTTP/1.1`);
    for (const [name, value] of step.request.headers) lines.push(`${name}: ${value}`);
    if (step.request.body !== undefined) lines.push('', step.request.body);
  }
  lines.push('');
  if (step.response) {
    lines.push(`HTTP/1.1 ${step.response.status} ${step.response.statusText}  (${step.response.timeMs} ms)`);
    for (const [name, value] of step.response.headers) lines.push(`${name}: ${value}`);
    if (step.response.body) lines.push('', step.response.body);
  } else if (step.error) {
    lines.push(`(no response: ${step.error})`);
  }
  for (const finding of step.findings) lines.push(`${finding.severity === 'failure' ? 'FAILED' : 'WARNING'}: ${finding.message} (${finding.reference})`);
  lines.push('');
  return lines.join('\n');
}
