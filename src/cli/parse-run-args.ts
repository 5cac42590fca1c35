import { randomBytes } from 'node:crypto';
import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { FAULTS } from '../../mocks/faults/index.ts';
import { findProfile, PROFILES } from '../profiles/profiles.ts';
import { readWaivers, WaiversError } from '../run/read-waivers.ts';
import { DEFAULT_IDPS, DEFAULT_WORKERS, MAX_WORKERS, EMBEDDED_TOKEN, EMBEDDED_TOKEN_URL, runIdFromSeed, type RunConfig } from '../run/run-config.ts';
import { isLoopbackHost } from './is-loopback.ts';
import { nearestName } from './nearest-name.ts';
import { UsageError } from './usage-error.ts';

/** The flags of `scim-conformance run`; `--help` documents each (help-text.ts). */
export const RUN_OPTIONS = {
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'auth-header': { type: 'string' },
  basic: { type: 'string' },
  'oauth-token-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  scope: { type: 'string' },
  idp: { type: 'string' },
  scenario: { type: 'string', multiple: true },
  'scenario-file': { type: 'string', multiple: true },
  profile: { type: 'string' },
  'report-dir': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'run-timeout-ms': { type: 'string' },
  'max-rps': { type: 'string' },
  workers: { type: 'string' },
  seed: { type: 'string' },
  'mock-fault': { type: 'string', multiple: true },
  'keep-data': { type: 'boolean' },
  strict: { type: 'boolean' },
  waivers: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ParsedRun {
  help: boolean;
  dryRun: boolean;
  config: RunConfig;
  /** Where the run's credentials came from (`--token`, `SCIM_TOKEN`, `--basic`, …), for messages; undefined when none were given. */
  credentials?: string;
}

/**
 * Turns `run` arguments and the environment into a run configuration.
 * @throws UsageError naming the flag, what is wrong, and what to do
 */
export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv, knownIdps: string[]): ParsedRun {
  let values: ReturnType<typeof parseArgs<{ options: typeof RUN_OPTIONS; args: string[]; allowPositionals: true }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: RUN_OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "scim-conformance run --help" for the flags.`);
  }
  const baseUrl = values['base-url'] ?? env.SCIM_BASE_URL;
  const authForms = ['token', 'auth-header', 'basic', 'client-id'].filter((k) => values[k as 'token'] !== undefined);
  if (authForms.length > 1) throw new UsageError(`--${authForms.join(' and --')} were both given; pass one way to authenticate.`);
  const token = values.token ?? (authForms.length === 0 ? env.SCIM_TOKEN : undefined);
  const secrets: string[] = [];
  let auth: string | undefined;
  let mockCredentials: RunConfig['mockCredentials'];
  let oauth: RunConfig['oauth'];
  if (token !== undefined) {
    auth = `Bearer ${token}`;
    secrets.push(token);
    mockCredentials = { token };
  } else if (values['auth-header'] !== undefined) {
    auth = values['auth-header'];
    secrets.push(auth, auth.replace(/^\S+\s+/, ''));
    mockCredentials = { token: auth.replace(/^bearer\s+/i, '') };
  } else if (values.basic !== undefined) {
    const colon = values.basic.indexOf(':');
    if (colon < 1) throw new UsageError('--basic must be USER:PASS (a colon between user name and password).');
    auth = `Basic ${Buffer.from(values.basic).toString('base64')}`;
    secrets.push(values.basic, values.basic.slice(colon + 1));
    mockCredentials = { basic: { username: values.basic.slice(0, colon), password: values.basic.slice(colon + 1) } };
  } else if (values['client-id'] !== undefined) {
    oauth = parseOAuth(values, baseUrl);
    secrets.push(oauth.clientSecret, `${oauth.clientId}:${oauth.clientSecret}`);
  } else if (!baseUrl) {
    auth = `Bearer ${EMBEDDED_TOKEN}`;
    mockCredentials = { token: EMBEDDED_TOKEN };
  }

  const confirmed = values.yes === true || env.SCIM_CONFORMANCE_YES === '1';
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, confirmed);
  if (oauth && baseUrl !== undefined) checkBaseUrl(oauth.tokenUrl, confirmed, '--oauth-token-url');
  const idps = values.idp ? splitList(values.idp) : values['scenario-file'] ? [] : DEFAULT_IDPS.filter((i) => knownIdps.includes(i));
  for (const idp of idps) {
    if (!knownIdps.includes(idp)) throw new UsageError(`--idp ${idp} is not a suite; choose from ${knownIdps.join(', ')} (comma-separated for several).`);
  }
  const profile = values.profile ?? 'generic';
  if (!findProfile(profile)) throw new UsageError(`--profile ${profile} is unknown; choose from ${Object.keys(PROFILES).join(', ')}.`);
  const timeoutMs = positiveInt(values['timeout-ms'], 'timeout-ms', 60_000);
  const maxRps = values['max-rps'] === undefined ? findProfile(profile)!.maxRps : positiveNumber(values['max-rps'], 'max-rps');
  if (values['mock-fault']?.length && baseUrl) throw new UsageError('--mock-fault switches faults of the embedded mock; it does nothing with --base-url. Drop one of them.');
  const mockFaults = (values['mock-fault'] ?? []).flatMap(splitList);
  for (const fault of mockFaults) checkFault(fault);
  const seed = values.seed ?? randomBytes(4).toString('hex');
  const only = (values.scenario ?? []).flatMap(splitList);
  let waivers: RunConfig['waivers'];
  if (values.waivers !== undefined) {
    try {
      waivers = readWaivers(resolvePath(values.waivers));
    } catch (error) {
      if (error instanceof WaiversError) throw new UsageError(error.message.replace(resolvePath(values.waivers), values.waivers));
      throw error;
    }
  }
  return {
    help: values.help === true,
    dryRun: values['dry-run'] === true,
    credentials: authForms.length ? `--${authForms[0]}` : token !== undefined ? 'SCIM_TOKEN' : undefined,
    config: {
      baseUrl: baseUrl?.replace(/\/+$/, ''),
      auth,
      mockCredentials: baseUrl ? undefined : mockCredentials,
      oauth,
      mockOAuthClients: !baseUrl && oauth ? [{ clientId: oauth.clientId, clientSecret: oauth.clientSecret }] : undefined,
      mockFaults,
      idps,
      only,
      scenarioFiles: (values['scenario-file'] ?? []).map((f) => resolvePath(f)),
      profile,
      reportDir: values['report-dir'] ?? 'reports',
      timeoutMs,
      runTimeoutMs: positiveInt(values['run-timeout-ms'], 'run-timeout-ms', 0),
      maxRps,
      workers: workerCount(values.workers),
      seed,
      runId: runIdFromSeed(seed),
      keepData: values['keep-data'] === true,
      strict: values.strict === true,
      waivers,
      secrets: secrets.filter((s) => s.length > 0),
      startedAt: new Date().toISOString(),
    },
  };
}

function parseOAuth(values: Record<string, unknown>, baseUrl: string | undefined): NonNullable<RunConfig['oauth']> {
  const clientSecret = values['client-secret'] as string | undefined;
  if (clientSecret === undefined) throw new UsageError('--client-id needs --client-secret (the OAuth client credentials grant sends both).');
  const tokenUrl = (values['oauth-token-url'] as string | undefined) ?? (baseUrl ? undefined : EMBEDDED_TOKEN_URL);
  if (!tokenUrl) throw new UsageError('--client-id needs --oauth-token-url, the token endpoint of your identity service.');
  return { tokenUrl, clientId: values['client-id'] as string, clientSecret, scope: (values.scope as string | undefined) ?? 'scim' };
}

function checkBaseUrl(raw: string, confirmed: boolean, flag = '--base-url'): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${flag} "${raw}" is not a URL; give the full address, e.g. http://127.0.0.1:8080/scim/v2.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${flag} must be http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new UsageError(`${flag} must not carry credentials; pass them with --token, --auth-header, --basic or --client-id.`);
  if (!isLoopbackHost(url.hostname) && !confirmed) {
    throw new UsageError(`${url.host} is not a loopback address: the run creates, changes and deletes test users there. Pass --yes (or set SCIM_CONFORMANCE_YES=1) to confirm.`);
  }
}

/** A typo in --mock-fault would fail every scenario one by one: stop at once, naming the nearest fault. */
function checkFault(fault: string): void {
  if (Object.hasOwn(FAULTS, fault)) return;
  const nearest = nearestName(fault, Object.keys(FAULTS));
  throw new UsageError(
    `--mock-fault ${fault} is not a fault of the embedded mock; ${nearest ? `did you mean ${nearest}? ` : ''}` +
      '"scim-conformance serve --help" lists them all.',
  );
}

/** Scenarios run in this many Playwright workers at once (default 2, at most 16): see RunConfig.workers. */
function workerCount(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_WORKERS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got "${raw}".`);
  return n;
}

function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function positiveInt(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag} must be a positive whole number of milliseconds, got "${raw}".`);
  return n;
}

function positiveNumber(raw: string, flag: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${flag} must be a positive number, got "${raw}".`);
  return n;
}
