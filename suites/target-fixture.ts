import { _baseTest, test as fullTest } from '@playwright/test';
import { fetchOAuthToken } from '../src/engine/fetch-oauth-token.ts';
import { cleanUp } from '../src/engine/clean-up.ts';
import { sendRequest, type SendOptions, type WireRequest, type WireResponse } from '../src/engine/http-client.ts';
import { createResourceTracker, type ResourceTracker } from '../src/engine/resource-ledger.ts';
import { EMBEDDED_BASE_URL, readRunConfig, type RunConfig } from '../src/run/run-config.ts';
import { CAPABILITY_DRIVEN_SUITES, HONOURED_BY_IDPS, discoverCapabilities, type DeclaredUnsupported } from '../src/run/discover-capabilities.ts';
import { selectScenarios } from '../src/run/select-scenarios.ts';
import { createPacer, type Pacer } from '../src/engine/pacer.ts';
import { connectSendBroker } from '../src/run/send-broker-client.ts';
import type { LockKind } from '../src/run/scenario-lock.ts';
import { readDeclaredSchemas, type DeclaredSchemas } from '../src/schema-driven/index.ts';
import { createEmbeddedSend } from './embedded-send.ts';

export interface Target {
  baseUrl: string;
  run: RunConfig;
  /** Errors thrown inside the embedded mock: a bug of the harness, never the server's fault. */
  mockErrors: string[];
  /** Every resource the worker's scenarios created and have not removed yet. */
  tracker: ResourceTracker;
  /**
   * Sends the scenarios' requests. When the worker stops (end of run, SIGINT/SIGTERM, --run-timeout-ms)
   * its clean-up first waits for the requests still in flight: a create answered then is still removed.
   */
  send: (request: WireRequest, options: SendOptions) => Promise<WireResponse>;
  /** True once the worker is stopping: an abandoned scenario sends no further step (its clean-up still runs). */
  stopped: () => boolean;
  /**
   * What the server's ServiceProviderConfig and ResourceTypes declare unsupported or leave unknown, read once per worker
   * and only when the run selects a capability-driven suite (rfc); empty otherwise, so IdP-only runs
   * send exactly their documented requests.
   */
  declared: DeclaredUnsupported;
  /**
   * Waits until the worker's pacer (--max-rps) would let a request start, so a step's timing excludes the
   * wait. The limit itself is kept by `send`: every request of the worker, discovery and clean-up included.
   */
  pace: () => Promise<void>;
  /** Pauses every request of the run for ms: a 429's wait (send-with-retry's `pause`), shared by every worker against --base-url. */
  pause: (ms: number) => void;
  /**
   * Runs a scenario under the run's scenario lock (src/run/scenario-lock.ts): an `exclusive` one alone on a shared
   * server. The embedded mock is the worker's own, so there it runs at once.
   */
  hold: <T>(kind: LockKind, body: () => Promise<T>) => Promise<T>;
  /**
   * The server's /Schemas and /ResourceTypes, read once per worker on first use (by a schema-driven scenario,
   * src/schema-driven/), never otherwise.
   */
  schemas: () => Promise<DeclaredSchemas>;
}

/**
 * Playwright's test without its browser fixtures. `test` from @playwright/test sets up and tears down a dozen
 * browser, context and tracing fixtures around every test, each a step whose stack Playwright captures and
 * maps through source maps: about 40 % of the runner's own CPU for a run of API tests that never open a
 * browser. `_baseTest` (exported and typed by @playwright/test, the base its own `test` extends) has none;
 * the steps, attachments, annotations and the HTML report are the same. Falls back to `test` if a future
 * Playwright drops it. See bench/results.md (Playwright's floor with each).
 */
const base = (_baseTest as typeof _baseTest | undefined) ?? fullTest;

/**
 * The SCIM server under test, one per worker. Without --base-url it is the embedded mock: msw started
 * inside the worker (an msw started in globalSetup would intercept nothing, https://mswjs.io/docs/integrations/node).
 */
export const test = base.extend<object, { target: Target }>({
  target: [
    async ({}, use) => {
      const config = readRunConfig();
      const tracker = createResourceTracker();
      // Against --base-url started by the CLI: the run's one budget, shared with the other workers; else the worker's own.
      const shared = config.baseUrl && config.broker ? connectSendBroker(config.broker, config.maxRps) : undefined;
      const pacer: Pacer = shared ?? createPacer(config.maxRps);
      let transport: Transport = sendRequest;
      const gate = createSendGate(pacer, (request, options) => transport(request, options));
      const pace = pacer.ready;
      const pause = pacer.pause;
      const hold: Target['hold'] = shared ? shared.hold : (_kind, body) => body();
      // Runs after the last test, and also when the run is interrupted (SIGINT/SIGTERM): nothing of ours stays behind.
      let run = config;
      const removeLeftovers = async (baseUrl: string) => {
        await gate.close();
        if (run.keepData) return;
        const steps = await cleanUp(tracker.remaining(), { baseUrl, auth: run.auth, seed: run.seed, runId: run.runId, timeoutMs: run.timeoutMs, secrets: run.secrets, send: gate.send, beforeRequest: pace }, (r) => tracker.remove(r));
        for (const step of steps) for (const finding of step.findings) process.stderr.write(`scim-conformance: ${finding.message}\n`);
      };
      if (config.baseUrl) {
        run = await withOAuthToken(config);
        const declared = await declaredUnsupported(config.baseUrl, run, gate.send, pace);
        const schemas = once(() => readDeclaredSchemas({ baseUrl: config.baseUrl!, auth: run.auth, timeoutMs: run.timeoutMs, send: gate.send, beforeRequest: pace }));
        await use({ baseUrl: config.baseUrl, run, mockErrors: [], tracker, send: gate.send, stopped: gate.isClosed, declared, pace, pause, hold, schemas });
        await removeLeftovers(config.baseUrl);
        shared?.close();
        return;
      }
      // Loaded here, in the worker and only for the embedded mock: the runner process that lists the tests,
      // and runs against --base-url, never pay for msw and mocks/.
      const [{ createScimMock }, { http, HttpResponse }, { setupServer }] = await Promise.all([import('../mocks/index.ts'), import('msw'), import('msw/node')]);
      const { mock, elsewhere } = withoutCallStacks(() => ({
        mock: createScimMock({
          baseUrl: EMBEDDED_BASE_URL,
          profile: config.profile as 'generic',
          faults: config.mockFaults,
          credentials: config.mockCredentials,
          oauthClients: config.mockOAuthClients,
        }),
        // Anything else on the mock's host is a clear 404, not msw's "cannot bypass" error.
        elsewhere: http.all(`${new URL(EMBEDDED_BASE_URL).origin}/*`, ({ request }) =>
          HttpResponse.json({ detail: `the embedded mock serves ${EMBEDDED_BASE_URL} and /oauth/token only, not ${new URL(request.url).pathname}` }, { status: 404 }),
        ),
      }));
      const server = setupServer(...mock.handlers, elsewhere);
      const mockErrors: string[] = [];
      server.events.on('unhandledException', ({ request, error }) => {
        mockErrors.push(`${request.method} ${request.url}: ${error.message}`);
      });
      server.listen({ onUnhandledRequest: 'error' });
      transport = createEmbeddedSend(mock, mockErrors);
      run = await withOAuthToken(config);
      const declared = await declaredUnsupported(EMBEDDED_BASE_URL, run, gate.send, pace);
      const schemas = once(() => readDeclaredSchemas({ baseUrl: EMBEDDED_BASE_URL, auth: run.auth, timeoutMs: run.timeoutMs, send: gate.send, beforeRequest: pace }));
      await use({ baseUrl: EMBEDDED_BASE_URL, run, mockErrors, tracker, send: gate.send, stopped: gate.isClosed, declared, pace, pause, hold, schemas });
      await removeLeftovers(EMBEDDED_BASE_URL);
      server.close();
    },
    { scope: 'worker' },
  ],
});

/** The first call's promise, shared by every later call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * Runs `create` with stack traces off. msw records where each handler was declared by reading a new
 * Error's stack, which Playwright's worker source-maps frame by frame (Error.stackTraceLimit 200): about
 * 0.4 s of CPU per worker for the mock's handlers. That call frame only labels handlers in msw's own
 * debugging output, which the embedded mock never prints.
 */
function withoutCallStacks<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How a request reaches the server: node:http, or for the embedded mock its own answer (embedded-send.ts). */
type Transport = (request: WireRequest, options: SendOptions) => Promise<WireResponse>;

/**
 * Sends through the worker's pacer and counts the requests in flight. An interrupted test is abandoned,
 * not awaited, by Playwright: its request may still be answered with a new resource's id after the
 * worker's teardown has begun.
 */
function createSendGate(pacer: Pacer, transport: Transport) {
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  return {
    send(request: WireRequest, options: SendOptions): Promise<WireResponse> {
      const pending = pacer.send(() => transport(request, options));
      inFlight.add(pending);
      const forget = () => void inFlight.delete(pending);
      pending.then(forget, forget);
      return pending;
    },
    isClosed: () => closed,
    /** Marks the worker as stopping; resolves once every request in flight has ended and its result was recorded. */
    async close(): Promise<void> {
      closed = true;
      await Promise.allSettled([...inFlight]);
      // The scenario records a create in promise callbacks after its response: let them all run.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/**
 * Reads the server's discovery endpoints when the run selects the rfc suite, or an IdP scenario that honours
 * a declaration (Okta's password sync and `changePassword.supported: false`); nothing is sent otherwise.
 */
async function declaredUnsupported(baseUrl: string, run: RunConfig, send: Target['send'], pace: Target['pace']): Promise<DeclaredUnsupported> {
  const driven = (suite: string) => CAPABILITY_DRIVEN_SUITES.includes(suite);
  const selected = run.idps.some(driven) && (run.only.length === 0 || run.only.some((id) => driven(id.split('/')[0]!)));
  // The CLI checked these files against the scenario schema already (as in the spec).
  const honoured = selectScenarios(run, { schemaCheck: false }).some((s) => (s.requires ?? []).some((c) => HONOURED_BY_IDPS.includes(c)));
  if (run.authError || !(selected || honoured)) return {};
  return discoverCapabilities({ baseUrl, auth: run.auth, timeoutMs: run.timeoutMs, send, beforeRequest: pace });
}

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
