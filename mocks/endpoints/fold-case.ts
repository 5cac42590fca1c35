import type { FilterNode } from '../scim/index.ts';

/**
 * For the filter-ignores-case-exact fault: a filter and a resource with every string lower-cased, so
 * the filter engine compares all strings without regard to case, caseExact attributes included.
 * @see RFC 7644 §3.4.2.2 (caseExact decides string comparison); RFC 7643 §3.1 (id, externalId caseExact)
 */
export function foldFilterCase(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'compare':
      return { ...node, value: typeof node.value === 'string' ? node.value.toLowerCase() : node.value, path: foldPath(node.path) };
    case 'present':
    case 'valuePath':
      return { ...node, path: foldPath(node.path) };
    case 'and':
    case 'or':
      return { ...node, left: foldFilterCase(node.left), right: foldFilterCase(node.right) };
    default:
      return { ...node, filter: foldFilterCase(node.filter) };
  }
}

/** A deep copy of a JSON value with every string value (not key) lower-cased. */
export function foldValueCase(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(foldValueCase);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, foldValueCase(item)]));
  }
  return value;
}

function foldPath(path: Extract<FilterNode, { kind: 'compare' }>['path']): Extract<FilterNode, { kind: 'compare' }>['path'] {
  return path.valueFilter ? { ...path, valueFilter: foldFilterCase(path.valueFilter) } : path;
}
