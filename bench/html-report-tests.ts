import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtmlReportEntries } from '../tests/support/read-html-report.ts';

/** One test as Playwright's HTML report records it. */
export interface ReportedTest {
  /** The test's duration as Playwright measured it (hooks and fixtures included), ms. */
  durationMs: number;
  /** Its `test.step`s: every step except hooks, fixtures and attachments, nested ones included. */
  steps: number;
}

interface ReportStep {
  title: string;
  count?: number;
  steps: ReportStep[];
}

const NOT_A_TEST_STEP = /^(Before Hooks|After Hooks|Fixture |Attach |Worker Cleanup)/;

/** The tests in `<reportDir>/html/index.html`, in report order. */
export function readReportedTests(reportDir: string): ReportedTest[] {
  const html = readFileSync(path.join(reportDir, 'html', 'index.html'), 'utf8');
  const files = readHtmlReportEntries(html)
    .map((text) => JSON.parse(text) as { tests?: Array<{ results: Array<{ duration: number; steps: ReportStep[] }> }> })
    .filter((entry) => Array.isArray(entry.tests));
  return files.flatMap((file) => file.tests!.map((test) => ({ durationMs: test.results[0]?.duration ?? 0, steps: countSteps(test.results[0]?.steps ?? []) })));
}

function countSteps(steps: ReportStep[]): number {
  // The report folds repeated steps into one entry with a count.
  return steps.reduce((sum, step) => sum + (NOT_A_TEST_STEP.test(step.title) ? 0 : step.count ?? 1) + countSteps(step.steps), 0);
}
