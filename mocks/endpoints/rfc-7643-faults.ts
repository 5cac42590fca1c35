import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';

const UNDECLARED_URN = 'urn:example:params:scim:schemas:extension:internal:2.0:User';

/**
 * The schemas-first-required and core-schema-first-required faults on a POST or PUT body: a body whose
 * first member is not `schemas`, or whose `schemas` does not start with the resource type's core schema,
 * is refused.
 * @throws ScimError 400 invalidSyntax, 400 invalidValue
 * @see RFC 7643 §2.3.8 (no attribute order), §3 (the order of schemas values MUST NOT impact behavior)
 */
export function rejectOrderFaults(context: MockContext, exchange: Exchange, input: Record<string, unknown>, rt: ResourceTypeDef): void {
  if (context.behaviour.schemasFirstRequired && !/^\s*\{\s*"schemas"\s*:/.test(exchange.body)) {
    throw new ScimError(400, 'The body must start with "schemas": this service provider reads the members in order.', 'invalidSyntax');
  }
  const schemas = input['schemas'];
  if (context.behaviour.coreSchemaFirstRequired && Array.isArray(schemas) && schemas[0] !== rt.schema.id) {
    throw new ScimError(400, `schemas must list ${rt.schema.id} first.`, 'invalidValue');
  }
}

/**
 * The faults that change a rendered resource: binary-returned-as-hex (x509Certificates values in hex),
 * undeclared-schema-urn and duplicate-schema-urns (the `schemas` array).
 * @see RFC 7643 §2.3.6 (base64), §3 (schemas)
 */
export function applyRfc7643RenderFaults(context: MockContext, rt: ResourceTypeDef, resource: Record<string, unknown>): void {
  const { binaryReturnedAsHex, undeclaredSchemaUrn, duplicateSchemaUrns } = context.behaviour;
  if (rt.name !== 'User') return;
  if (binaryReturnedAsHex && Array.isArray(resource['x509Certificates'])) {
    resource['x509Certificates'] = resource['x509Certificates'].map((cert) =>
      (typeof cert?.value === 'string' ? { ...cert, value: Buffer.from(cert.value, 'base64').toString('hex') } : cert));
  }
  const schemas = Array.isArray(resource['schemas']) ? (resource['schemas'] as string[]) : undefined;
  if (schemas && undeclaredSchemaUrn) resource['schemas'] = [...schemas, UNDECLARED_URN];
  if (schemas && duplicateSchemaUrns) resource['schemas'] = [...(resource['schemas'] as string[]), schemas[0]!];
}

/** The location-not-addressable fault: `{base}/api/Users/{id}`, a path the server does not serve. */
export function misplacedLocation(context: MockContext, exchange: Exchange, location: string): string {
  return context.behaviour.locationNotAddressable ? location.replace(exchange.base, `${exchange.base}/api`) : location;
}

/** The Content-Location of a GET by id: meta.location, or under content-location-differs a back-end host. */
export function contentLocation(context: MockContext, exchange: Exchange, location: string): string {
  if (!context.behaviour.contentLocationDiffers) return location;
  return location.replace(new URL(exchange.base).origin, 'http://backend.internal:8080');
}

/** The user-groups-writable fault: a PATCH add or replace of a user's `groups` adds the user to each group named. */
export function applyWritableGroups(context: MockContext, userId: string, ops: readonly Record<string, unknown>[]): void {
  if (!context.behaviour.userGroupsWritable) return;
  for (const op of ops) {
    if (typeof op['path'] !== 'string' || op['path'].toLowerCase() !== 'groups' || !Array.isArray(op['value'])) continue;
    for (const entry of op['value'] as Array<{ value?: unknown }>) {
      const group = typeof entry?.value === 'string' ? context.store.get('Group', entry.value) : undefined;
      if (!group) continue;
      const members = Array.isArray(group['members']) ? (group['members'] as unknown[]) : [];
      context.store.replace('Group', { ...group, members: [...members, { value: userId, type: 'User' }] });
    }
  }
}

/** The patch-add-duplicates fault: each added typed value the resource already had is appended once more (true when one was). */
export function appendDuplicateAdds(context: MockContext, before: Record<string, unknown>, after: Record<string, unknown>, ops: readonly Record<string, unknown>[]): boolean {
  if (!context.behaviour.patchAddDuplicates) return false;
  let appended = false;
  for (const op of ops) {
    const path = op['path'];
    if (String(op['op']).toLowerCase() !== 'add' || typeof path !== 'string' || !Array.isArray(op['value'])) continue;
    const old = before[path];
    const list = after[path];
    if (!Array.isArray(old) || !Array.isArray(list)) continue;
    for (const item of op['value'] as Array<{ value?: unknown; type?: unknown }>) {
      if (!old.some((el) => el?.value === item?.value && el?.type === item?.type)) continue;
      list.push({ ...item });
      appended = true;
    }
  }
  return appended;
}
