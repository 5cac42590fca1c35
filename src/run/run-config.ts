import { hashString } from '../engine/hash.ts';
import type { Waiver } from './read-waivers.ts';
import type { BrokerAddress } from './send-broker-client.ts';

/** The environment variable that carries a run's configuration from the CLI to the Playwright workers. */
export const RUN_CONFIG_ENV = 'SCIM_CONFORMANCE_RUN';

/** The base URL of the embedded mock: `.invalid` never resolves, so nothing can leave the process. */
export const EMBEDDED_BASE_URL = 'http://scim-mock.invalid/scim/v2';

/** The embedded mock's OAuth token endpoint (client credentials). */
export const EMBEDDED_TOKEN_URL = 'http://scim-mock.invalid/oauth/token';

/** Everything a run needs, resolved from flags and environment by the CLI. */
export interface RunConfig {
  /** The SCIM base URL, or undefined to run against the embedded mock. */
  baseUrl?: string;
  /** The Authorization value sent as `{{auth}}`. */
  auth?: string;
  /** OAuth client credentials: the worker gets a token and sends it as a Bearer token. */
  oauth?: { tokenUrl: string; clientId: string; clientSecret: string; scope: string };
  /** How the embedded mock checks credentials; mirrors `auth`. */
  mockCredentials?: { token?: string; basic?: { username: string; password: string } };
  /** OAuth clients the embedded mock's token endpoint accepts. */
  mockOAuthClients?: Array<{ clientId: string; clientSecret: string }>;
  /** Fault switches of the embedded mock. */
  mockFaults: string[];
  /** Suites to run: IdPs and dialects. */
  idps: string[];
  /** Scenario files given by path (`--scenario-file`), e.g. recordings. */
  scenarioFiles?: string[];
  /**
   * The selected scenarios as the CLI loaded and checked them (a JSON array, written by `run` and removed
   * after it): Playwright's runner and workers read this one file instead of loading and checking every
   * scenario file again. Absent for a plain `playwright test`.
   */
  scenariosFile?: string;
  /** Scenario ids (`okta/create-user`) to run; empty means all of the selected suites. */
  only: string[];
  profile: string;
  reportDir: string;
  timeoutMs: number;
  /** Limit for the whole run in ms; 0 means none. */
  runTimeoutMs: number;
  seed: string;
  runId: string;
  keepData: boolean;
  /** `--strict`: warnings (violated SHOULDs) count as failures. */
  strict?: boolean;
  /** `--waivers FILE`, read and checked: known deviations reported as waived until they expire. */
  waivers?: Waiver[];
  /** Requests per second at most, for the whole run (every worker shares one budget); undefined means no pacing. */
  maxRps?: number;
  /**
   * Scenarios replayed at once, each in its own Playwright worker (`--workers`, default DEFAULT_WORKERS). Against
   * --base-url the workers share one request budget and pause together on a 429 (src/run/send-broker.ts).
   */
  workers?: number;
  /**
   * The send broker the CLI hosts for a run against --base-url: the workers' shared budget and scenario lock.
   * Its secret is never printed; without it (a plain `playwright test`) each worker paces itself.
   */
  broker?: BrokerAddress;
  /** Set in a worker when the OAuth token could not be had: every scenario fails with it. */
  authError?: string;
  /** Values never to show in any output. */
  secrets: string[];
  startedAt: string;
}

/** The suites a run selects when `--idp` is not given. */
export const DEFAULT_IDPS = ['okta', 'entra', 'entra-aadoptscim062020', 'onelogin', 'authentik', 'authentik-2025', 'authentik-2024', 'jumpcloud', 'pingone', 'rfc', 'concurrency'];

/**
 * Workers when `--workers` is not given: two scenarios in flight at once, whatever the target. Safe for a small
 * staging server (at most two requests at a time, plus a concurrency scenario's deliberate bursts), and
 * enough to keep a 2-core machine busy against the embedded mock or a loopback server.
 */
export const DEFAULT_WORKERS = 2;

/** The most workers `--workers` accepts: more would only queue on the shared request budget and the server. */
export const MAX_WORKERS = 16;

/** The token the embedded mock expects when the run was given no credentials. */
export const EMBEDDED_TOKEN = 'embedded-mock-token';

/**
 * Reads the run configuration in a worker or reporter. Without the CLI (a plain `playwright test`),
 * the defaults apply: the embedded mock, every suite, reports/. The seed then comes from
 * SCIM_CONFORMANCE_SEED or is fixed, so workers and reporter agree.
 */
export function readRunConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const raw = env[RUN_CONFIG_ENV];
  if (raw) return JSON.parse(raw) as RunConfig;
  const seed = env.SCIM_CONFORMANCE_SEED ?? 'default';
  return {
    auth: `Bearer ${EMBEDDED_TOKEN}`,
    mockCredentials: { token: EMBEDDED_TOKEN },
    mockFaults: [],
    idps: DEFAULT_IDPS,
    only: [],
    profile: 'generic',
    reportDir: 'reports',
    timeoutMs: 60_000,
    runTimeoutMs: 0,
    seed,
    runId: runIdFromSeed(seed),
    keepData: false,
    secrets: [],
    startedAt: new Date().toISOString(),
  };
}

/** Six base-36 characters derived from the seed: the marker in every created userName. */
export function runIdFromSeed(seed: string): string {
  return hashString(`run/${seed}`).toString(36).padStart(6, '0').slice(-6);
}
