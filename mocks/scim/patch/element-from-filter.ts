import { findSubAttribute } from '../attribute-lookup.ts';
import type { FilterNode } from '../filter/filter-ast.ts';
import type { AttributeDef } from '../schema/schema-types.ts';

/**
 * The element a value filter describes when it is a conjunction of `eq` tests on sub-attributes
 * (`type eq "work"`, `type eq "work" and primary eq true`): `{ type: "work", primary: true }`.
 * Undefined for any other shape (`or`, `not`, `co`, …), which cannot describe one element.
 * Used for Entra's `replace`/`add` on `emails[type eq "work"].value` when no work email exists yet.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function elementFromFilter(filter: FilterNode, parent: AttributeDef): Record<string, unknown> | undefined {
  if (filter.kind === 'and') {
    const left = elementFromFilter(filter.left, parent);
    const right = elementFromFilter(filter.right, parent);
    return left && right ? { ...left, ...right } : undefined;
  }
  if (filter.kind !== 'compare' || filter.op !== 'eq' || filter.value === null) return undefined;
  if (filter.path.subAttribute !== undefined || filter.path.schemaUrn !== undefined) return undefined;
  const sub = findSubAttribute(parent, filter.path.attribute);
  if (!sub) return undefined;
  let value: unknown = filter.value;
  if (sub.type === 'boolean' && typeof value === 'string') value = value.toLowerCase() === 'true';
  return { [sub.name]: value };
}
