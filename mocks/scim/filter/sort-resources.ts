import { findSubAttribute, resolveAttribute, splitAttributePath } from '../attribute-lookup.ts';
import type { AttributeDef, ResourceTypeDef } from '../schema/schema-types.ts';

/** A `sortBy` attribute resolved once, turning a resource into the key it sorts by. */
export interface SortAttribute {
  /** The `sortBy` text as given. */
  sortBy: string;
  /** The attribute compared, undefined when the schema does not define `sortBy`. */
  def?: AttributeDef;
  /** The sort key of a resource: a case-folded or exact string, a number, or undefined when unassigned. */
  keyOf: (resource: Record<string, unknown>) => string | number | undefined;
}

const NO_KEY = (): undefined => undefined;

function pickElement(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  for (const item of raw) if (typeof item === 'object' && item !== null && (item as Record<string, unknown>).primary === true) return item;
  return raw[0];
}

function toKey(def: AttributeDef, value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (def.type === 'dateTime' && typeof value === 'string') {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? undefined : instant;
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return def.caseExact ? value : value.toLowerCase();
  return undefined;
}

/**
 * Resolves a `sortBy` attribute (RFC 7644 §3.4.2.3): strings sort case-insensitively unless the attribute
 * is caseExact, dateTimes as instants, booleans false before true; a multi-valued attribute sorts by its
 * `primary` element, else its first; a complex attribute by its `value`. An attribute the schema does not
 * define gives every resource an unassigned key (no error), which keeps the original order.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export function parseSortAttribute(sortBy: string, rt: ResourceTypeDef): SortAttribute {
  const resolved = resolveAttribute(rt, splitAttributePath(sortBy));
  if (!resolved) return { sortBy, keyOf: NO_KEY };
  const { def: top, subDef, isExtension, schemaUrn } = resolved;
  let leaf = subDef ?? top;
  let leafName = subDef?.name;
  if (leaf.type === 'complex') {
    const valueSub = findSubAttribute(leaf, 'value');
    if (!valueSub) return { sortBy, def: leaf, keyOf: NO_KEY };
    leaf = valueSub;
    leafName = valueSub.name;
  }
  const def = leaf;
  const keyOf = (resource: Record<string, unknown>): string | number | undefined => {
    const holder = isExtension ? resource[schemaUrn] : resource;
    if (typeof holder !== 'object' || holder === null) return undefined;
    let value = pickElement((holder as Record<string, unknown>)[top.name]);
    if (leafName !== undefined) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[leafName];
    }
    return toKey(def, value);
  };
  return { sortBy, def, keyOf };
}

const cache = new WeakMap<ResourceTypeDef, Map<string, SortAttribute>>();

function cachedSortAttribute(sortBy: string, rt: ResourceTypeDef): SortAttribute {
  let byText = cache.get(rt);
  if (!byText) {
    byText = new Map();
    cache.set(rt, byText);
  }
  let attribute = byText.get(sortBy);
  if (!attribute) {
    attribute = parseSortAttribute(sortBy, rt);
    if (byText.size > 256) byText.clear();
    byText.set(sortBy, attribute);
  }
  return attribute;
}

/**
 * Compares two sort keys: ascending order, unassigned keys last; `descending` reverses everything
 * (so unassigned keys come first).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export function compareSortKeys(a: string | number | undefined, b: string | number | undefined, sortOrder: 'ascending' | 'descending' = 'ascending'): number {
  let result: number;
  if (a === undefined || b === undefined) result = a === b ? 0 : a === undefined ? 1 : -1;
  else result = a < b ? -1 : a > b ? 1 : 0;
  return sortOrder === 'descending' ? -result : result;
}

/**
 * A comparator for `Array.prototype.sort` implementing `sortBy`/`sortOrder` (RFC 7644 §3.4.2.3):
 * ascending by default with unassigned values last; strings compare by the attribute's caseExact rule in
 * Unicode code-unit order with no locale. The `sortBy` resolution is cached per resource type.
 * @example resources.sort((a, b) => compareResources(a, b, 'name.familyName', USER_RESOURCE_TYPE))
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export function compareResources(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  sortBy: string,
  rt: ResourceTypeDef,
  sortOrder: 'ascending' | 'descending' = 'ascending',
): number {
  const { keyOf } = cachedSortAttribute(sortBy, rt);
  return compareSortKeys(keyOf(a), keyOf(b), sortOrder);
}
