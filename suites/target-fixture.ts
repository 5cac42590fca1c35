import { test as base } from '@playwright/test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createScimMock } from '../mocks/index.ts';
import { fetchOAuthToken } from '../src/engine/fetch-oauth-token.ts';
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
      const config = readRunConfig();
      const tracker = createResourceTracker();
      // Runs after the last test, and also when the run is interrupted (SIGINT/SIGTERM): nothing of ours stays behind.
      let run = config;
      const removeLeftovers = async (baseUrl: string) => {
        if (run.keepData) return;
        const steps = await cleanUp(tracker.remaining(), { baseUrl, auth: run.auth, seed: run.seed, runId: run.runId, timeoutMs: run.timeoutMs, secrets: run.secrets }, (r) => tracker.remove(r));
        for (const step of steps) for (const finding of step.findings) process.stderr.write(`scim-conformance: ${finding.message}\n`);
      };
      if (config.baseUrl) {
        run = await withOAuthToken(config);
        await use({ baseUrl: config.baseUrl, run, mockErrors: [], tracker });
        await removeLeftovers(config.baseUrl);
        return;
      }
      const mock = createScimMock({
        baseUrl: EMBEDDED_BASE_URL,
        profile: config.profile as 'generic',
        faults: config.mockFaults,
        credentials: config.mockCredentials,
        oauthClients: config.mockOAuthClients,
      });
      // Anything else on the mock's host is a clear 404, not msw's "cannot bypass" error.
      const elsewhere = http.all(`${new URL(EMBEDDED_BASE_URL).origin}/*`, ({ request }) =>
        HttpResponse.json({ detail: `the embedded mock serves ${EMBEDDED_BASE_URL} and /oauth/token only, not ${new URL(request.url).pathname}` }, { status: 404 }),
      );
      const server = setupServer(...mock.handlers, elsewhere);
      const mockErrors: string[] = [];
      server.events.on('unhandledException', ({ request, error }) => {
        mockErrors.push(`${request.method} ${request.url}: ${error.message}`);
      });
      server.listen({ onUnhandledRequest: 'error' });
      run = await withOAuthToken(config);
      await use({ baseUrl: EMBEDDED_BASE_URL, run, mockErrors, tracker });
      await removeLeftovers(EMBEDDED_BASE_URL);
      server.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * With OAuth client credentials, gets the token once per worker (in the worker, so the embedded mock's
 * token endpoint is reachable) and sends it as a Bearer token. A failure fails every scenario with its reason.
 */
async function withOAuthToken(run: RunConfig): Promise<RunConfig> {
  if (!run.oauth) return run;
  try {
    const token = await fetchOAuthToken(run.oauth, { timeoutMs: run.timeoutMs });
    return { ...run, auth: `Bearer ${token}`, secrets: [...run.secrets, token] };
  } catch (error) {
    return { ...run, authError: (error as Error).message };
  }
}
