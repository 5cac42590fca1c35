import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { DEFAULT_WORKERS, readRunConfig } from './src/run/run-config.ts';

/**
 * The conformance run: suites/ replays the scenarios, one test per scenario and one step per request.
 * `scim-conformance run` starts Playwright with this config and passes its options in SCIM_CONFORMANCE_RUN.
 * @see https://playwright.dev/docs/api-testing (Playwright as an API test runner)
 */
const run = readRunConfig();
/** `.ts` from the checkout's sources, `.js` from the compiled package (dist/). */
const ext = path.extname(fileURLToPath(import.meta.url));
const reportDir = path.resolve(run.reportDir);

export default defineConfig({
  testDir: './suites',
  testMatch: `*.spec${ext}`,
  outputDir: path.join(reportDir, 'test-results'),
  fullyParallel: true,
  // --workers (default 2, also against --base-url): the workers share one request budget there (src/run/send-broker.ts),
  // and the reports order results by suite and scenario, whatever the workers' timing.
  workers: run.workers ?? DEFAULT_WORKERS,
  retries: 0,
  timeout: 0,
  // --run-timeout-ms: a hung server ends the run with failed scenarios and written reports, never a hung pipeline.
  globalTimeout: run.runTimeoutMs,
  forbidOnly: true,
  reporter: [
    // First: gives failed checks back their plain verdict before the other reporters read them.
    [`./src/run/verdict-reporter${ext}`],
    [`./src/run/console-reporter${ext}`],
    ['html', { outputFolder: path.join(reportDir, 'html'), open: 'never' }],
    [`./src/run/conformance-reporter${ext}`],
  ],
});
