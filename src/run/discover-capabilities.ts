import { sendRequest, type SendOptions, type WireRequest, type WireResponse } from '../engine/http-client.ts';
import type { Capability } from '../scenario/types.ts';

/**
 * The suites whose checks follow what the server declares. IdP suites do not: an IdP sends its requests
 * whatever the server's ServiceProviderConfig says, so they replay exactly that.
 */
export const CAPABILITY_DRIVEN_SUITES: readonly string[] = ['rfc'];

/**
 * The declarations an IdP does honour, so its suite skips what the server explicitly declares unsupported
 * (never what is merely unknown): Okta sends password sync only to apps set to sync passwords, and a
 * server declaring `changePassword.supported: false` is not one.
 */
export const HONOURED_BY_IDPS: readonly Capability[] = ['change-password'];

/**
 * Capabilities the rfc suite does not check on this server, each with the reason a skipped check reports:
 * what the server declares unsupported, and what it leaves unknown (no readable ServiceProviderConfig,
 * or no `supported` flag for the feature). Unknown is not "supported".
 */
export type DeclaredUnsupported = Partial<Record<Capability, string>>;

export interface DiscoverOptions {
  /** The SCIM base URL. */
  baseUrl: string;
  /** The run's Authorization value; undefined sends none. */
  auth?: string;
  /** Per-request limit in ms (default 60000). */
  timeoutMs?: number;
  /** Sends one request; default `sendRequest` (the worker passes its gate, so an interrupted run sends nothing more). */
  send?: (request: WireRequest, options: SendOptions) => Promise<WireResponse>;
  /** Called before each request, for pacing (--max-rps). */
  beforeRequest?: () => Promise<void>;
}

const SPC_CAPABILITIES: ReadonlyArray<[string, Capability]> = [
  ['patch', 'patch'],
  ['bulk', 'bulk'],
  ['filter', 'filter'],
  ['changePassword', 'change-password'],
  ['sort', 'sort'],
  ['etag', 'etag'],
];

/**
 * Features whose checks run even when support is unknown: a server may refuse a filter it does not
 * support with 400 invalidFilter (RFC 7644 §3.4.2.2), which the filter checks report as a warning, and
 * `eq` is what every IdP looks users up with.
 */
const RUN_WHEN_UNKNOWN: ReadonlySet<Capability> = new Set(['filter']);

const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/**
 * Reads `GET /ServiceProviderConfig` and `GET /ResourceTypes` and returns what the rfc suite must not
 * assume: a feature whose `supported` is false (declared unsupported), a feature whose support is unknown
 * because the ServiceProviderConfig could not be read or has no boolean `supported` for it, and a resource
 * type the server does not list. Only an explicit `supported: true` lets a feature's checks run (filter
 * checks excepted, see RUN_WHEN_UNKNOWN); an unreadable /ResourceTypes declares nothing.
 * @see RFC 7643 §5 (ServiceProviderConfig), §6 (ResourceType); RFC 7644 §4
 */
export async function discoverCapabilities(options: DiscoverOptions): Promise<DeclaredUnsupported> {
  const declared: DeclaredUnsupported = {};
  const spc = await getJson(options, '/ServiceProviderConfig');
  for (const [member, capability] of SPC_CAPABILITIES) {
    const reason = spcReason(spc, member);
    if (reason && !(reason.startsWith('support unknown') && RUN_WHEN_UNKNOWN.has(capability))) declared[capability] = reason;
  }
  const listed = (await getJson(options, '/ResourceTypes')).body;
  const types = Array.isArray(listed) ? listed : isObject(listed) && Array.isArray(listed['Resources']) ? listed['Resources'] : undefined;
  if (types) Object.assign(declared, fromResourceTypes(types.filter(isObject)));
  return declared;
}

/** Why a ServiceProviderConfig feature is not assumed, or undefined when it says `supported: true`. */
function spcReason(spc: JsonAnswer, member: string): string | undefined {
  if (!isObject(spc.body)) return `support unknown: /ServiceProviderConfig ${spc.problem ?? 'answered a body that is not a JSON object'}, so nothing says ${member} is supported (RFC 7643 §5)`;
  const feature = spc.body[member];
  const supported = isObject(feature) ? feature['supported'] : undefined;
  if (supported === true) return undefined;
  if (supported === false) return `the server's ServiceProviderConfig says ${member}.supported is false (RFC 7643 §5)`;
  return `support unknown: the server's ServiceProviderConfig has no boolean ${member}.supported (REQUIRED, RFC 7643 §5)`;
}

/** What a list of ResourceType resources leaves out: Users, Groups, the enterprise extension. */
export function fromResourceTypes(types: ReadonlyArray<Record<string, unknown>>): DeclaredUnsupported {
  const declared: DeclaredUnsupported = {};
  const find = (name: string) => types.find((t) => String(t['name'] ?? '').toLowerCase() === name.toLowerCase() || String(t['endpoint'] ?? '').toLowerCase() === `/${name.toLowerCase()}s`);
  const names = types.map((t) => String(t['name'] ?? '?')).join(', ') || 'none';
  const user = find('User');
  if (!find('Group')) declared.groups = `the server's /ResourceTypes lists no Group resource type, only ${names} (RFC 7643 §6)`;
  if (!user) declared.users = `the server's /ResourceTypes lists no User resource type, only ${names} (RFC 7643 §6)`;
  else {
    const extensions = Array.isArray(user['schemaExtensions']) ? user['schemaExtensions'].filter(isObject) : [];
    if (!extensions.some((e) => e['schema'] === ENTERPRISE_USER)) {
      declared['enterprise-extension'] = `the server's User resource type lists no ${ENTERPRISE_USER} schema extension (RFC 7643 §6)`;
    }
  }
  return declared;
}

/** A discovery answer: the parsed body of a 200, or what went wrong instead, in words. */
interface JsonAnswer {
  body?: unknown;
  problem?: string;
}

async function getJson(options: DiscoverOptions, path: string): Promise<JsonAnswer> {
  const headers: Array<[string, string]> = [['Accept', 'application/scim+json']];
  if (options.auth) headers.push(['Authorization', options.auth]);
  const request: WireRequest = { method: 'GET', url: `${options.baseUrl.replace(/\/+$/, '')}${path}`, headers };
  try {
    await options.beforeRequest?.();
    const response = await (options.send ?? sendRequest)(request, { timeoutMs: options.timeoutMs });
    if (response.status !== 200) return { problem: `answered ${response.status}` };
    try {
      return { body: JSON.parse(response.body) };
    } catch {
      return { problem: 'answered 200 with a body that is not JSON' };
    }
  } catch (error) {
    return { problem: `did not answer (${error instanceof Error ? error.message : String(error)})` };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
