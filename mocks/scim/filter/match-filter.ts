import type { ResourceTypeDef } from '../schema/schema-types.ts';
import { compileFilter, type FilterPredicate } from './compile-filter.ts';
import type { FilterNode } from './filter-ast.ts';

const compiled = new WeakMap<FilterNode, { rt: ResourceTypeDef; predicate: FilterPredicate }>();

/**
 * True when `resource` matches `filter` (RFC 7644 §3.4.2.2). The filter is compiled once per
 * (filter object, resource type) and cached, so calling this in a loop over many resources is cheap.
 *
 * Semantics: attribute names are case-insensitive; strings compare by the attribute's `caseExact`
 * (`userName` no, `id`/`externalId` yes); a multi-valued attribute matches when ANY value matches; a
 * complex attribute without a sub-attribute compares its `value`; dateTimes compare as instants; `ne` is
 * the complement of `eq` (so it also matches resources without the attribute); `eq null` matches an
 * absent attribute. An attribute the schema does not define matches nothing (no error), so
 * `not (unknown eq "x")` matches everything. Resources must have schema-case keys.
 * @throws ScimError 400 invalidFilter for gt/ge/lt/le on booleans or binary and similar type clashes.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function matchesFilter(resource: Record<string, unknown>, filter: FilterNode, rt: ResourceTypeDef): boolean {
  let entry = compiled.get(filter);
  if (!entry || entry.rt !== rt) {
    entry = { rt, predicate: compileFilter(filter, rt) };
    compiled.set(filter, entry);
  }
  return entry.predicate(resource);
}
