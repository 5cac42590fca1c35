import { sendRequest, type SendOptions, type WireRequest, type WireResponse } from '../engine/http-client.ts';
import type { Capability } from '../scenario/types.ts';

/**
 * The suites whose checks follow what the server declares. IdP suites do not: an IdP sends its requests
 * whatever the server's ServiceProviderConfig says, so they replay exactly that.
 */
export const CAPABILITY_DRIVEN_SUITES: readonly string[] = ['rfc'];

/** Capabilities the server itself declares unsupported, each with the reason a skipped check reports. */
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

const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/**
 * Reads `GET /ServiceProviderConfig` and `GET /ResourceTypes` and returns what the server says it does
 * not support: a feature whose `supported` is false, a resource type it does not list. Only an explicit
 * "no" counts: a missing member, an error or an unreadable answer declares nothing (the rfc suite's
 * discovery checks report those), so a server that claims support and fails still fails.
 * @see RFC 7643 §5 (ServiceProviderConfig), §6 (ResourceType); RFC 7644 §4
 */
export async function discoverCapabilities(options: DiscoverOptions): Promise<DeclaredUnsupported> {
  const declared: DeclaredUnsupported = {};
  const spc = await getJson(options, '/ServiceProviderConfig');
  if (isObject(spc)) {
    for (const [member, capability] of SPC_CAPABILITIES) {
      const feature = spc[member];
      if (isObject(feature) && feature['supported'] === false) {
        declared[capability] = `the server's ServiceProviderConfig says ${member}.supported is false (RFC 7643 §5)`;
      }
    }
  }
  const listed = await getJson(options, '/ResourceTypes');
  const types = Array.isArray(listed) ? listed : isObject(listed) && Array.isArray(listed['Resources']) ? listed['Resources'] : undefined;
  if (types) Object.assign(declared, fromResourceTypes(types.filter(isObject)));
  return declared;
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

async function getJson(options: DiscoverOptions, path: string): Promise<unknown> {
  const headers: Array<[string, string]> = [['Accept', 'application/scim+json']];
  if (options.auth) headers.push(['Authorization', options.auth]);
  const request: WireRequest = { method: 'GET', url: `${options.baseUrl.replace(/\/+$/, '')}${path}`, headers };
  try {
    await options.beforeRequest?.();
    const response = await (options.send ?? sendRequest)(request, { timeoutMs: options.timeoutMs });
    return response.status === 200 ? JSON.parse(response.body) : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
