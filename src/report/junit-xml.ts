import type { RunInfo, ScenarioResult } from '../engine/result-types.ts';
import { IDP_ORDER } from './matrix.ts';
import { redactInputs } from './redact-inputs.ts';
import { redactSecrets } from './redact.ts';
import { escapeXml, escapeXmlAttribute } from './xml-escape.ts';

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

function failureText(result: ScenarioResult): string {
  return result.failures
    .map((f, i) => `${i + 1}. ${f.step}\n${f.message}\nReference: ${f.reference}`)
    .join('\n\n');
}

function testcase(r: ScenarioResult): string {
  const attrs = `classname="${escapeXmlAttribute(r.idp)}" name="${escapeXmlAttribute(`${r.id} — ${r.title}`)}" time="${seconds(r.durationMs)}"`;
  const body: string[] = [];
  if (r.status === 'failed') {
    const first = r.failures[0];
    const message = first ? `${first.step}: ${first.message.split('\n')[0]}` : 'failed';
    const count = r.failures.length > 1 ? ` (+${r.failures.length - 1} more)` : '';
    body.push(`      <failure message="${escapeXmlAttribute(message + count)}" type="conformance">${escapeXml(failureText(r))}</failure>`);
  }
  // A blocked scenario never reached its subject; its cause is the failure of the result it names.
  if (r.status === 'skipped' || r.status === 'blocked') {
    body.push(`      <skipped message="${escapeXmlAttribute(r.skipReason ?? r.status)}"/>`);
  }
  const out = [`Source: ${r.source}`, ...r.warnings.map((w) => `WARNING: ${w}`), ...r.leftovers.map((l) => `LEFT BEHIND: ${l}`)];
  body.push(`      <system-out>${escapeXml(out.join('\n'))}</system-out>`);
  return [`    <testcase ${attrs}>`, ...body, '    </testcase>'].join('\n');
}

function suiteOrder(results: readonly ScenarioResult[]): string[] {
  const seen = [...new Set(results.map((r) => r.idp))];
  return [...IDP_ORDER.filter((i) => seen.includes(i)), ...seen.filter((i) => !IDP_ORDER.includes(i))];
}

/**
 * `junit.xml`: one `<testsuite>` per idp, one `<testcase>` per scenario, failures with step, message
 * and reference, skip reasons, warnings in `<system-out>`. Redacted and escaped.
 * @see https://github.com/testmoapp/junitxml (the de-facto JUnit XML format)
 */
export function renderJunitXml(rawResults: readonly ScenarioResult[], rawRun: RunInfo): string {
  const { results, run } = redactInputs(rawResults, rawRun);
  const total = (rs: readonly ScenarioResult[]) => ({
    tests: rs.length,
    failures: rs.filter((r) => r.status === 'failed').length,
    skipped: rs.filter((r) => r.status === 'skipped' || r.status === 'blocked').length,
    time: seconds(rs.reduce((t, r) => t + r.durationMs, 0)),
  });
  const suites = suiteOrder(results).map((idp) => {
    const rs = results.filter((r) => r.idp === idp);
    const t = total(rs);
    return [
      `  <testsuite name="${escapeXmlAttribute(idp)}" tests="${t.tests}" failures="${t.failures}" errors="0" skipped="${t.skipped}" time="${t.time}" timestamp="${escapeXmlAttribute(run.startedAt)}">`,
      ...rs.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const all = total(results);
  const name = `scim-conformance ${run.tool.version} — ${run.target.baseUrl} (${run.target.profile})`;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttribute(name)}" tests="${all.tests}" failures="${all.failures}" errors="0" skipped="${all.skipped}" time="${seconds(run.durationMs)}" timestamp="${escapeXmlAttribute(run.startedAt)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
  return redactSecrets(xml, run.secrets);
}
