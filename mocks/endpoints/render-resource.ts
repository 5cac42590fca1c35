import { projectResource, type ProjectionOptions, type ResourceTypeDef } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import { applyRenderFaults } from './schema-characteristics.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { applyRfc7643RenderFaults, misplacedLocation } from './rfc-7643-faults.ts';

/** Which attributes the client asked for (RFC 7644 §3.4.2.5). */
export interface Projection {
  attributes?: string[];
  excludedAttributes?: string[];
}

/**
 * A stored resource as the client sees it: the user's `groups` derived from group membership,
 * `meta.location` built from the address the client used, `meta.version` unless ETags are off, then
 * projected by attributes/excludedAttributes (password never returned unless the password-returned fault).
 * Below its top level it shares values with the store (no deep copy per response): serialise it at once and
 * do not change it.
 * @see RFC 7643 §3.1 (meta), §4.1.2 (groups is readOnly, derived); RFC 7644 §3.4.2.5
 */
export function renderResource(
  context: MockContext,
  exchange: Exchange,
  rt: ResourceTypeDef,
  stored: StoredResource,
  projection: Projection = {},
): Record<string, unknown> {
  const resource: Record<string, unknown> = withDerivedGroups(context, exchange, rt, stored);
  const meta: Record<string, unknown> = { ...(stored['meta'] as object), location: misplacedLocation(context, exchange, resourceLocation(exchange, rt, stored.id)) };
  if (!context.behaviour.etags) delete meta['version'];
  resource['meta'] = meta;
  applyRfc7643RenderFaults(context, rt, resource);
  let effective = context.behaviour.ignoreExcludedAttributes ? { ...projection, excludedAttributes: undefined } : projection;
  if (context.behaviour.ignoreAttributes) effective = { ...effective, attributes: undefined };
  const options: ProjectionOptions = { copyValues: false };
  if (effective.attributes !== undefined) options.attributes = effective.attributes;
  if (effective.excludedAttributes !== undefined) options.excludedAttributes = effective.excludedAttributes;
  const projected = projectResource(resource, rt, options) as Record<string, unknown>;
  if (context.behaviour.returnPassword && stored['password'] !== undefined) projected['password'] = stored['password'];
  applyRenderFaults(context, rt, stored, projected);
  if (context.behaviour.memberValueNotId && Array.isArray(projected['members'])) projected['members'] = projected['members'].map((m) => memberByUserName(context, m));
  if (context.behaviour.excludeAlwaysAttributes) {
    for (const name of options.excludedAttributes ?? []) if (['id', 'schemas'].includes(name.toLowerCase())) delete projected[name.toLowerCase()];
  }
  return projected;
}

/** A shallow copy of a user with `groups` filled from the membership index (other resources as is). */
export function withDerivedGroups(
  context: MockContext,
  exchange: Exchange,
  rt: ResourceTypeDef,
  stored: StoredResource,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...stored };
  if (rt.name !== 'User' || !context.behaviour.groupsSupported) return copy;
  const groupIds = context.store.groupIdsOf(stored.id);
  if (groupIds.length === 0) return copy;
  const groupsType = context.resourceTypes.find((candidate) => candidate.name === 'Group');
  copy['groups'] = groupIds.map((id) => {
    const group = context.store.get('Group', id);
    const entry: Record<string, unknown> = { value: context.behaviour.userGroupsValueNotId && typeof group?.['displayName'] === 'string' ? group['displayName'] : id, type: 'direct' };
    if (groupsType) entry['$ref'] = resourceLocation(exchange, groupsType, id);
    if (typeof group?.['displayName'] === 'string') entry['display'] = group['displayName'];
    return entry;
  });
  return copy;
}

/** `{base}/Users/{id}`: the resource's URI as the client addresses the mock. */
export function resourceLocation(exchange: Exchange, rt: ResourceTypeDef, id: string): string {
  return `${exchange.base}${rt.endpoint}/${encodeURIComponent(id)}`;
}

/** The resource's ETag (`W/"n"`), or undefined when the no-etag fault is on. */
export function etagOf(context: MockContext, stored: StoredResource): string | undefined {
  if (!context.behaviour.etags) return undefined;
  const version = (stored['meta'] as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' ? version : undefined;
}

/** member-value-not-id: a member whose `value` is the user's userName rather than its id. */
function memberByUserName(context: MockContext, member: unknown): unknown {
  const value = (member as { value?: unknown } | null)?.value;
  const userName = typeof value === 'string' ? context.store.get('User', value)?.['userName'] : undefined;
  return typeof userName === 'string' ? { ...(member as object), value: userName } : member;
}
