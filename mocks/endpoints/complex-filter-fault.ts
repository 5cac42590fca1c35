import { resolveAttribute, type FilterNode, type ResourceTypeDef } from '../scim/index.ts';

/**
 * For the complex-filter-needs-sub-attribute fault: true when the filter is one comparison of a complex
 * attribute named without a sub-attribute (`emails eq "…"`), which such a server matches against nothing.
 * @see RFC 7644 §3.4.2.2 (a complex attribute compared as a whole)
 */
export function comparesComplexWhole(filter: FilterNode, rts: readonly ResourceTypeDef[]): boolean {
  if (filter.kind !== 'compare' || filter.path.subAttribute !== undefined || filter.path.valueFilter) return false;
  return rts.some((rt) => resolveAttribute(rt, filter.path)?.def.type === 'complex');
}
