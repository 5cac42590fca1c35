import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { MockContext } from './mock-context.ts';
import { assertExtensionValuesUnique } from './schema-characteristics.ts';

const internedSchemas = new Map<string, readonly string[]>();

/** One shared array per distinct `schemas` list, so a million users do not hold a million copies. */
function internSchemas(schemas: readonly string[]): readonly string[] {
  const key = schemas.join('\n');
  let shared = internedSchemas.get(key);
  if (!shared) {
    shared = Object.freeze([...schemas]);
    internedSchemas.set(key, shared);
  }
  return shared;
}

/**
 * Turns a schema-checked resource into what the store keeps: `schemas`, `id` (kept from `existing` or
 * new), the attributes, and `meta` (resourceType, created, lastModified, version). Users: derived
 * `groups` dropped, email domains lower-cased (RFC 7643 §4.1.2: SHOULD canonicalize), the lowercases-username and lowercase-emails faults applied, the profile's user rules run. Groups:
 * every member must be an existing User or Group (externalId dropped under drop-group-external-id).
 * @throws ScimError 400 invalidValue (profile rule, unknown member)
 * @see RFC 7643 §3.1 (id, meta), §4.2 (members)
 */
export function finishResource(
  context: MockContext,
  rt: ResourceTypeDef,
  prepared: Record<string, unknown>,
  existing: StoredResource | undefined,
  mode: 'create' | 'replace' | 'patch',
): StoredResource {
  const { id: _id, meta: _meta, schemas, ...attributes } = prepared;
  const now = new Date(context.now()).toISOString();
  const created = (existing?.['meta'] as { created?: string } | undefined)?.created ?? now;
  const resource: StoredResource = {
    schemas: internSchemas(Array.isArray(schemas) && schemas.length > 0 ? (schemas as string[]) : [rt.schema.id]),
    id: existing?.id ?? (context.behaviour.idsContainBulkId ? `bulkId-${context.newId()}` : context.newId()),
    ...attributes,
    meta: { resourceType: rt.name, created, lastModified: lastModifiedOf(context, now, existing), version: context.nextVersion() },
  };
  if (existing) refuseIdentityChanges(context, rt, resource, existing);
  if (mode === 'create' && context.behaviour.serverAssignsExternalId && resource['externalId'] === undefined) {
    resource['externalId'] = resource.id;
  }
  if (rt.name === 'User') {
    delete resource['groups'];
    if (context.behaviour.reactivationIgnored && existing?.['active'] === false && resource['active'] === true) resource['active'] = false;
    if (context.behaviour.lowercaseUserName && typeof resource['userName'] === 'string') {
      resource['userName'] = resource['userName'].toLowerCase();
    }
    if (Array.isArray(resource['emails'])) {
      const canonical = context.behaviour.lowercaseEmails ? (value: string) => value.toLowerCase() : context.behaviour.emailDomainKept ? undefined : lowerCaseDomain;
      if (canonical) resource['emails'] = resource['emails'].map((email) => (typeof email?.value === 'string' ? { ...email, value: canonical(email.value) } : email));
    }
    if (context.behaviour.uniqueEmails) assertEmailsFree(context, resource);
    context.profile.admitUser?.(resource, { mode, store: context.store, settings: context.settings });
  } else {
    if (context.behaviour.dropGroupExternalId) delete resource['externalId'];
    checkMembers(context, resource);
  }
  assertExtensionValuesUnique(context, rt, resource);
  return resource;
}

/**
 * The username-immutable and group-rename-rejected faults: a change of the user's userName or the
 * group's displayName is refused.
 * @throws ScimError 400 mutability
 */
function refuseIdentityChanges(context: MockContext, rt: ResourceTypeDef, resource: StoredResource, existing: StoredResource): void {
  const key = rt.name === 'User' ? (context.behaviour.userNameImmutable ? 'userName' : undefined) : context.behaviour.groupRenameRejected ? 'displayName' : undefined;
  if (key === undefined || resource[key] === existing[key]) return;
  throw new ScimError(
    400,
    `${key} of ${rt.name} "${existing.id}" cannot be changed (from ${JSON.stringify(existing[key])} to ${JSON.stringify(resource[key])}): this service provider treats it as immutable.`,
    'mutability',
  );
}

/** Now; under last-modified-differs-on-create, a second later on a create (so it differs from created). */
function lastModifiedOf(context: MockContext, now: string, existing: StoredResource | undefined): string {
  return context.behaviour.lastModifiedDiffersOnCreate && !existing ? new Date(Date.parse(now) + 1000).toISOString() : now;
}

/** `bjensen@EXAMPLE.COM` → `bjensen@example.com`: the domain is case-insensitive (RFC 5321 §2.4), the local part is kept. */
function lowerCaseDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at) + address.slice(at).toLowerCase();
}

/** The unique-emails fault: no other user may hold one of this user's email values (compared ignoring case). */
function assertEmailsFree(context: MockContext, user: StoredResource): void {
  const mine = emailValues(user);
  if (mine.length === 0) return;
  for (const other of context.store.values('User')) {
    const taken = other.id === user.id ? undefined : emailValues(other).find((value) => mine.includes(value));
    if (taken) throw new ScimError(409, `email ${JSON.stringify(taken)} is already used by user ${other.id}; this service provider keys accounts on email.`, 'uniqueness');
  }
}

function emailValues(user: Record<string, unknown>): string[] {
  const emails = Array.isArray(user['emails']) ? (user['emails'] as Array<{ value?: unknown }>) : [];
  return emails.flatMap((email) => (typeof email?.value === 'string' ? [email.value.toLowerCase()] : []));
}

function checkMembers(context: MockContext, group: StoredResource): void {
  const members = group['members'];
  if (!Array.isArray(members)) return;
  for (const member of members) {
    const value = (member as { value?: unknown } | null)?.value;
    // bulk-id-kept-literally: a server that stores "bulkId:<id>" as written does not look members up either.
    if (context.behaviour.bulkDeviations.keepBulkIdReferences && typeof value === 'string' && value.startsWith('bulkId:')) continue;
    const exists =
      typeof value === 'string' && (context.store.get('User', value) !== undefined || (value !== group.id && context.store.get('Group', value) !== undefined));
    if (!exists) {
      throw new ScimError(
        400,
        `Group members: value ${JSON.stringify(value ?? null)} is not the id of an existing User or Group (RFC 7643 §4.2). ` +
          'Create the user first and use the id the service provider returned, not the userName or externalId.',
        'invalidValue',
      );
    }
  }
}
