import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { ScenarioResult } from '../engine/result-types.ts';
import { redactSecrets } from '../report/redact.ts';
import { writeReports } from '../report/index.ts';
import { readRunConfig } from './run-config.ts';
import { RESULT_ATTACHMENT } from './result-attachment.ts';
import { runInfoOf } from './run-info.ts';
import { resolveResults } from './resolve-results.ts';

/**
 * Collects every scenario's result from its test attachment and writes conformance.json, junit.xml,
 * summary.md, matrix.html and transcript.har into the report folder when the run ends.
 */
export default class ConformanceReporter implements Reporter {
  private readonly results = new Map<string, ScenarioResult>();
  private readonly order: string[] = [];
  private readonly run = readRunConfig();

  onTestEnd(test: TestCase, result: TestResult): void {
    const index = result.attachments.findIndex((a) => a.name === RESULT_ATTACHMENT);
    const attachment = index < 0 ? undefined : result.attachments[index];
    let scenario: ScenarioResult | undefined;
    if (attachment?.body) scenario = JSON.parse(attachment.body.toString('utf8')) as ScenarioResult;
    // The result is for this reporter only: Playwright's HTML report (built in its onEnd) keeps the
    // transcript.txt attachment, which says the same for a person, without a second copy of every body.
    if (attachment) result.attachments.splice(index, 1);
    if (!scenario) scenario = crashedResult(test, result, this.run.secrets);
    if (!this.results.has(scenario.id)) this.order.push(scenario.id);
    this.results.set(scenario.id, scenario);
  }

  async onEnd(result: FullResult): Promise<void> {
    const ordered = this.order.map((id) => this.results.get(id)!).sort(byIdpThenId(this.run.idps));
    await writeReports(this.run.reportDir, resolveResults(ordered), runInfoOf(this.run, result.duration));
  }

  printsToStdio(): boolean {
    return false;
  }
}

function byIdpThenId(idps: string[]) {
  return (a: ScenarioResult, b: ScenarioResult) => idps.indexOf(a.idp) - idps.indexOf(b.idp) || a.id.localeCompare(b.id);
}

/** A test that ended without a result (a harness crash or an interruption) still gets a failed row. */
function crashedResult(test: TestCase, result: TestResult, secrets: string[]): ScenarioResult {
  const [idp = 'unknown', title = test.title] = test.titlePath().slice(-2);
  const id = `${idp}/${title.split(':')[0]}`;
  const why = result.errors.map((e) => e.message ?? String(e.value)).join('; ') || `the test ended with status ${result.status}`;
  return {
    id,
    idp,
    title,
    operation: 'protocol',
    status: result.status === 'skipped' ? 'skipped' : 'failed',
    skipReason: result.status === 'skipped' ? 'not run' : undefined,
    source: '',
    failures: result.status === 'skipped' ? [] : [{ step: 'harness', message: redactSecrets(`the harness did not finish this scenario: ${why}`, secrets), reference: 'harness' }],
    warnings: [],
    steps: [],
    cleanup: [],
    leftovers: [],
    durationMs: result.duration,
  };
}
