import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { MockBehaviour } from '../faults/index.ts';

type Operation = Record<string, unknown>;

const opName = (op: Operation) => String(op['op']).toLowerCase();
const pathOf = (op: Operation) => (typeof op['path'] === 'string' ? op['path'] : undefined);

/**
 * The PATCH faults that rewrite or refuse operations before they apply: patch-read-only-ignored and
 * patch-remove-sub-attribute-ignored drop operations, patch-replace-filter-adds turns a filtered replace
 * into an add (which builds the value when nothing matches), patch-extension-needs-prior-schemas refuses an
 * extension path whose URN the resource did not list before the PATCH. Returns the operations to apply.
 * @throws ScimError 400 invalidPath (patch-extension-needs-prior-schemas)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function rewriteOperations(behaviour: MockBehaviour, ops: Operation[], existing: StoredResource, rt: ResourceTypeDef): Operation[] {
  let kept = ops;
  if (behaviour.patchReadOnlyIgnored) kept = kept.filter((op) => pathOf(op)?.toLowerCase() !== 'id');
  if (behaviour.patchIgnoresSubAttributeRemove) {
    kept = kept.filter((op) => !(opName(op) === 'remove' && /^[A-Za-z][\w$-]*\.[A-Za-z][\w$-]*$/.test(pathOf(op) ?? '')));
  }
  if (behaviour.patchReplaceFilterAdds) kept = kept.map((op) => (opName(op) === 'replace' && pathOf(op)?.includes('[') ? { ...op, op: 'add' } : op));
  if (behaviour.patchExtensionNeedsPriorSchemas) {
    const listed = Array.isArray(existing['schemas']) ? (existing['schemas'] as string[]).map((urn) => urn.toLowerCase()) : [];
    for (const op of kept) {
      const path = pathOf(op)?.toLowerCase() ?? '';
      const extension = rt.extensions.find(({ schema }) => path.startsWith(`${schema.id.toLowerCase()}:`));
      if (extension && !listed.includes(extension.schema.id.toLowerCase())) {
        throw new ScimError(400, `PATCH path "${pathOf(op)}": the resource's schemas do not list ${extension.schema.id}.`, 'invalidPath');
      }
    }
  }
  return kept;
}

/**
 * The patch-remove-last-value-rejected fault: a remove through a value filter that empties a multi-valued attribute the resource had values in.
 * @throws ScimError 400 invalidValue
 */
export function refuseEmptiedAttributes(behaviour: MockBehaviour, ops: Operation[], before: Record<string, unknown>, after: Record<string, unknown>): void {
  if (!behaviour.rejectRemovingLastValue || !ops.some((op) => opName(op) === 'remove' && pathOf(op)?.includes('['))) return;
  for (const [name, values] of Object.entries(before)) {
    const now = after[name];
    if (Array.isArray(values) && values.length > 0 && !(Array.isArray(now) && now.length > 0)) {
      throw new ScimError(400, `"${name}" must keep at least one value.`, 'invalidValue');
    }
  }
}

/**
 * The required-remove-invalid-value fault: the required-attribute error of RFC 7644 §3.5.2.2 with scimType
 * invalidValue instead of mutability.
 */
export function requiredRemoveError(behaviour: MockBehaviour, error: unknown): unknown {
  if (behaviour.requiredRemoveInvalidValue && error instanceof ScimError && error.scimType === 'mutability' && error.detail.includes('required attribute')) {
    return new ScimError(400, error.detail, 'invalidValue');
  }
  return error;
}

/**
 * The patch-returns-changed-only fault: the 200 body cut down to schemas, id, meta and the top-level
 * attributes the operations named (their paths, or the keys of a path-less value).
 */
export function changedOnly(body: Record<string, unknown>, ops: Operation[]): Record<string, unknown> {
  const named = new Set(['schemas', 'id', 'meta']);
  for (const op of ops) {
    const path = pathOf(op);
    if (path !== undefined) named.add(path.split(/[.[]/)[0]!.toLowerCase());
    else if (op['value'] && typeof op['value'] === 'object') for (const key of Object.keys(op['value'] as object)) named.add(key.toLowerCase());
  }
  return Object.fromEntries(Object.entries(body).filter(([key]) => named.has(key.toLowerCase())));
}

/** patch-noop-touches-last-modified: meta.lastModified strictly after the one before, even within one millisecond. */
export function stampedLater(stored: StoredResource, existing: StoredResource): StoredResource {
  const meta = stored['meta'] as { lastModified?: string };
  const before = (existing['meta'] as { lastModified?: string } | undefined)?.lastModified;
  if (before === undefined || meta.lastModified === undefined || Date.parse(meta.lastModified) > Date.parse(before)) return stored;
  return { ...stored, meta: { ...meta, lastModified: new Date(Date.parse(before) + 1).toISOString() } };
}
