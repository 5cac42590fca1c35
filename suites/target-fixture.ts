import { test as base } from '@playwright/test';
import { setupServer } from 'msw/node';
import { createScimMock } from '../mocks/index.ts';
import { EMBEDDED_BASE_URL, readRunConfig, type RunConfig } from '../src/run/run-config.ts';

export interface Target {
  baseUrl: string;
  run: RunConfig;
  /** Errors thrown inside the embedded mock: a bug of the harness, never the server's fault. */
  mockErrors: string[];
}

/**
 * The SCIM server under test, one per worker. Without --base-url it is the embedded mock: msw started
 * inside the worker (an msw started in globalSetup would intercept nothing, ecosystem.md §0).
 */
export const test = base.extend<object, { target: Target }>({
  target: [
    async ({}, use) => {
      const run = readRunConfig();
      if (run.baseUrl) {
        await use({ baseUrl: run.baseUrl, run, mockErrors: [] });
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
      await use({ baseUrl: EMBEDDED_BASE_URL, run, mockErrors });
      server.close();
    },
    { scope: 'worker' },
  ],
});
