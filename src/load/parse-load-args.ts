import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isLoopbackHost } from '../cli/is-loopback.ts';
import { UsageError } from '../cli/usage-error.ts';
import { EMBEDDED_TOKEN, runIdFromSeed } from '../run/run-config.ts';
import type { LoadConfig } from './load-types.ts';

/** The flags of `scim-conformance load`; load-help.ts documents each. */
export const LOAD_OPTIONS = {
  idp: { type: 'string' },
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'auth-header': { type: 'string' },
  basic: { type: 'string' },
  users: { type: 'string' },
  groups: { type: 'string' },
  batch: { type: 'string' },
  rate: { type: 'string' },
  concurrency: { type: 'string' },
  duration: { type: 'string' },
  'timeout-ms': { type: 'string' },
  'report-dir': { type: 'string' },
  seed: { type: 'string' },
  'mock-fault': { type: 'string', multiple: true },
  yes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Upper bounds: a load run is bounded in count and in time. */
export const LOAD_LIMITS = { users: 100_000, groups: 1_000, batch: 1_000, rate: 2_000, concurrency: 256, durationS: 14_400 } as const;

/**
 * Turns `load` arguments and the environment into a load configuration.
 * @throws UsageError naming the flag, what is wrong, and what to do
 */
export function parseLoadArgs(argv: string[], env: NodeJS.ProcessEnv): { help: boolean; config: LoadConfig } {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: LOAD_OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "scim-conformance load --help" for the flags.`);
  }
  const text = (name: string) => values[name] as string | undefined;
  const idp = text('idp') ?? 'entra';
  if (idp !== 'entra' && idp !== 'okta') throw new UsageError(`--idp ${idp}: load replays the initial sync of entra or okta (the IdPs that document one).`);
  const baseUrl = (text('base-url') ?? env.SCIM_BASE_URL)?.replace(/\/+$/, '');
  const forms = ['token', 'auth-header', 'basic'].filter((k) => values[k] !== undefined);
  if (forms.length > 1) throw new UsageError(`--${forms.join(' and --')} were both given; pass one way to authenticate.`);
  const secrets: string[] = [];
  let auth: string | undefined;
  const token = text('token') ?? (forms.length === 0 ? env.SCIM_TOKEN : undefined);
  if (token !== undefined) {
    auth = `Bearer ${token}`;
    secrets.push(token);
  } else if (text('auth-header') !== undefined) {
    auth = text('auth-header')!;
    secrets.push(auth, auth.replace(/^\S+\s+/, ''));
  } else if (text('basic') !== undefined) {
    const basic = text('basic')!;
    if (basic.indexOf(':') < 1) throw new UsageError('--basic must be USER:PASS (a colon between user name and password).');
    auth = `Basic ${Buffer.from(basic).toString('base64')}`;
    secrets.push(basic, basic.slice(basic.indexOf(':') + 1));
  } else if (!baseUrl) {
    auth = `Bearer ${EMBEDDED_TOKEN}`;
  }
  if (baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new UsageError(`--base-url "${baseUrl}" is not a URL; give the SCIM base, e.g. http://127.0.0.1:8080/scim/v2.`);
    }
    if (!isLoopbackHost(url.hostname) && values.yes !== true && env.SCIM_CONFORMANCE_YES !== '1') {
      throw new UsageError(`${url.host} is not this machine: load creates and deletes up to ${LOAD_LIMITS.users} users there at the rate you set. Add --yes (or SCIM_CONFORMANCE_YES=1) to confirm it is a test system.`);
    }
  }
  const faults = ((values['mock-fault'] as string[] | undefined) ?? []).flatMap((f) => f.split(',').map((s) => s.trim()).filter(Boolean));
  if (faults.length && baseUrl) throw new UsageError('--mock-fault switches faults of the embedded mock; it does nothing with --base-url. Drop one of them.');
  const seed = text('seed') ?? randomBytes(4).toString('hex');
  return {
    help: values.help === true,
    config: {
      idp,
      ...(baseUrl ? { baseUrl } : {}),
      ...(auth ? { auth } : {}),
      secrets,
      users: integer(text('users'), 'users', 100, 1, LOAD_LIMITS.users),
      groups: integer(text('groups'), 'groups', 2, 0, LOAD_LIMITS.groups),
      batch: integer(text('batch'), 'batch', 10, 1, LOAD_LIMITS.batch),
      rate: number(text('rate'), 'rate', 25, 0.1, LOAD_LIMITS.rate),
      concurrency: integer(text('concurrency'), 'concurrency', 8, 1, LOAD_LIMITS.concurrency),
      durationMs: number(text('duration'), 'duration', 600, 1, LOAD_LIMITS.durationS) * 1000,
      timeoutMs: integer(text('timeout-ms'), 'timeout-ms', 60_000, 1, 600_000),
      reportDir: text('report-dir') ?? 'reports/load',
      seed,
      runId: runIdFromSeed(seed),
      mockFaults: faults,
    },
  };
}

function number(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) throw new UsageError(`--${flag} must be a number from ${min} to ${max}, got "${value}".`);
  return parsed;
}

function integer(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  const parsed = number(value, flag, fallback, min, max);
  if (!Number.isInteger(parsed)) throw new UsageError(`--${flag} must be a whole number, got "${value}".`);
  return parsed;
}
