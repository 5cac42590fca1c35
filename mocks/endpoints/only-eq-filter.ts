import { ScimError, tokenizeFilter, type FilterNode } from '../scim/index.ts';

/**
 * For the filter-only-eq fault: refuses any filter but a single `attribute eq value`, naming every
 * operator the filter uses that such a server lacks.
 * @throws ScimError 400 invalidFilter
 * @see RFC 7644 §3.4.2.2
 */
export function requireSingleEq(filter: FilterNode, text: string): void {
  if (isSingleEq(filter)) return;
  const used = new Set<string>();
  collect(filter, used);
  used.delete('eq');
  throw new ScimError(
    400,
    `This server supports a single "attribute eq value" comparison only; the filter uses ${[...used].join(', ')}: ${JSON.stringify(text)}.`,
    'invalidFilter',
  );
}

/** True for a filter that is one `attribute eq value` comparison, nothing more. */
export function isSingleEq(filter: FilterNode): boolean {
  const used = new Set<string>();
  collect(filter, used);
  return filter.kind === 'compare' && used.size === 1 && used.has('eq');
}

function collect(node: FilterNode, into: Set<string>): void {
  switch (node.kind) {
    case 'compare':
      into.add(node.op);
      if (node.path.valueFilter) into.add('[value path]');
      if (node.path.valueFilter) collect(node.path.valueFilter, into);
      return;
    case 'present':
      into.add('pr');
      return;
    case 'valuePath':
      into.add('[value path]');
      if (node.path.valueFilter) collect(node.path.valueFilter, into);
      return;
    case 'and':
    case 'or':
      into.add(node.kind);
      collect(node.left, into);
      collect(node.right, into);
      return;
    default:
      into.add('not');
      collect(node.filter, into);
  }
}

const OPERATORS = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le', 'pr', 'and', 'or', 'not']);

/**
 * For the filter-operators-case-sensitive fault: refuses a filter whose operators are not lower case
 * (`Eq`, `AND`), as servers that compare operator names exactly do.
 * @throws ScimError 400 invalidFilter
 * @see RFC 7644 §3.4.2.2 (attribute names and operators are case-insensitive)
 */
export function requireLowerCaseOperators(text: string): void {
  const bad = tokenizeFilter(text).find((token) => token.type === 'word' && OPERATORS.has(token.text.toLowerCase()) && token.text !== token.text.toLowerCase());
  if (bad) throw new ScimError(400, `Unknown filter operator "${bad.text}" in ${JSON.stringify(text)}; this server accepts lower-case operators only.`, 'invalidFilter');
}
