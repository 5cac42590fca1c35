import { test as base } from '@playwright/test';
import { setupServer } from 'msw/node';
import { createScimMock } from '../mocks/index.ts';
import { cleanUp } from '../src/engine/clean-up.ts';
import { createResourceTracker, type ResourceTracker } from '../src/engine/resource-ledger.ts';
import { EMBEDDED_BASE_URL, readRunConfig, type RunConfig } from '../src/run/run-config.ts';

export interface Target {
  baseUrl: string;
  run: RunConfig;
  /** Errors thrown inside the embedded mock: a bug of the harness, never the server's fault. */
  mockErrors: string[];
  /** Every resource the worker's scenarios created and have not removed yet. */
  tracker: ResourceTracker;
}

/**
 * The SCIM server under test, one per worker. Without --base-url it is the embedded mock: msw started
 * inside the worker (an msw started in globalSetup would intercept nothing, ecosystem.md §0).
 */
export const test = base.extend<object, { target: Target }>({
  target: [
    async ({}, use) => {
      const run = readRunConfig();
      const tracker = createResourceTracker();
      // Runs after the last test, and also when the run is interrupted (SIGINT/SIGTERM): nothing of ours stays behind.
      const removeLeftovers = async (baseUrl: string) => {
        if (run.keepData) return;
        const steps = await cleanUp(tracker.remaining(), { baseUrl, auth: run.auth, seed: run.seed, runId: run.runId, timeoutMs: run.timeoutMs, secrets: run.secrets }, (r) => tracker.remove(r));
        for (const step of steps) for (const finding of step.findings) process.stderr.write(`scim-conformance: ${finding.message}\n`);
      };
      if (run.baseUrl) {
        await use({ baseUrl: run.baseUrl, run, mockErrors: [], tracker });
        await removeLeftovers(run.baseUrl);
        return;
      }
      const mock = createScimMock({
        baseUrl: EMBEDDED_BASE_URL,
        profile: run.profile as 'generic',
        faults: run.mockFaults,
        credentials: run.mockCredentials,
      });
      const server = setupServer(...mock.handlers);
      const mockErrors: string[] = [];
      server.events.on('unhandledException', ({ request, error }) => {
        mockErrors.push(`${request.method} ${request.url}: ${error.message}`);
      });
      server.listen({ onUnhandledRequest: 'error' });
      await use({ baseUrl: EMBEDDED_BASE_URL, run, mockErrors, tracker });
      await removeLeftovers(EMBEDDED_BASE_URL);
      server.close();
    },
    { scope: 'worker' },
  ],
});
