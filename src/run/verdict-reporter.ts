import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { KEEP_WORKER_NOTE } from './keep-worker.ts';

/**
 * Gives a failed conformance check back its plain verdict. The replay spec marks such a test as an
 * expected failure so that Playwright does not throw its worker away (a second per failed check);
 * here, before any report is built, the test is made an unexpected failure again and the marker
 * annotation is dropped, so Playwright's HTML report shows it as failed, like every other report.
 */
export default class VerdictReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    const isMarker = (a: { type: string; description?: string }) => a.type === 'fail' && a.description?.startsWith(KEEP_WORKER_NOTE) === true;
    if (test.expectedStatus !== 'failed' || !test.annotations.some(isMarker)) return;
    test.expectedStatus = 'passed';
    test.annotations.splice(0, test.annotations.length, ...test.annotations.filter((a) => !isMarker(a)));
    result.annotations.splice(0, result.annotations.length, ...result.annotations.filter((a) => !isMarker(a)));
  }

  printsToStdio(): boolean {
    return false;
  }
}
