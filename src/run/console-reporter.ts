import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const MARK: Record<string, string> = { passed: '✓', failed: '✗', timedOut: '✗', interrupted: '✗', skipped: '-' };

/** Why a scenario that ended without an error did not pass. */
const STATUS_DETAIL: Record<string, string> = {
  interrupted: 'interrupted: the run was stopped (SIGINT/SIGTERM or --run-timeout-ms) before this scenario finished',
};

/**
 * One line per scenario as it ends, with the first failure or the skip reason. The CLI prints the
 * totals and report paths after Playwright exits.
 */
export default class ConsoleReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    const [idp, title] = test.titlePath().slice(-2);
    const id = `${idp}/${title?.split(':')[0]}`;
    let detail = '';
    const skip = test.annotations.find((a) => a.type === 'skip')?.description ?? '';
    // A blocked scenario is skipped in Playwright's terms; its reason starts with "blocked at step".
    const blocked = result.status === 'skipped' && skip.startsWith('blocked');
    if (blocked) detail = ` (${skip})`;
    else if (result.status === 'skipped') detail = ` (skipped: ${skip})`;
    else if (result.status !== 'passed') detail = `\n    ${(result.errors[0]?.message ?? STATUS_DETAIL[result.status] ?? result.status).split('\n')[0]}`;
    process.stdout.write(`  ${blocked ? '⊘' : MARK[result.status] ?? '?'} ${id} ${detail}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
