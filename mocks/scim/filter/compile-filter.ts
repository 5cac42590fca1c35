import { findSubAttribute } from '../attribute-lookup.ts';
import type { AttributeDef, ResourceTypeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';
import type { AttributePath, FilterNode } from './filter-ast.ts';
import { buildComparator, isPresentValue } from './build-comparator.ts';
import { resolveFilterPath, type FilterScope } from './value-visitor.ts';

/** A compiled filter: true when the object (a resource, or an element inside a value filter) matches. */
export type FilterPredicate = (target: Record<string, unknown>) => boolean;

const NEVER: FilterPredicate = () => false;
const ANY = (): boolean => true;

/** Renders a path back to text for error messages. */
export function pathToText(path: AttributePath): string {
  const base = `${path.schemaUrn !== undefined ? `${path.schemaUrn}:` : ''}${path.attribute}`;
  return `${base}${path.valueFilter ? '[…]' : ''}${path.subAttribute !== undefined ? `.${path.subAttribute}` : ''}`;
}

function compileElementFilter(path: AttributePath, scope: FilterScope): FilterPredicate | undefined {
  if (!path.valueFilter) return undefined;
  const resolved = resolveFilterPath({ ...path, subAttribute: undefined, valueFilter: undefined }, scope);
  if (!resolved || resolved.top.type !== 'complex') return NEVER;
  return compileNode(path.valueFilter, { parent: resolved.top });
}

function compileLeafNode(node: Extract<FilterNode, { path: AttributePath }>, scope: FilterScope): FilterPredicate {
  const { valueFilter, ...bare } = node.path;
  const resolved = resolveFilterPath(bare, scope);
  // Unknown attributes never match (RFC 7644 leaves this open; an error would break lenient clients).
  if (!resolved) return NEVER;
  const element = valueFilter ? compileElementFilter(node.path, scope) : undefined;
  if (element === NEVER) return NEVER;
  const { visit } = resolved;
  if (node.kind === 'valuePath') return (target) => visit(target, ANY, element);
  if (node.kind === 'present') return (target) => visit(target, isPresentValue, element);
  let leaf = resolved.leaf;
  let leafName = node.path.subAttribute === undefined ? undefined : leaf.name;
  if (leaf.type === 'complex') {
    // A complex attribute without a sub-attribute compares its `value` (RFC 7644 §3.4.2.2 "emails co …").
    const valueSub = findSubAttribute(leaf, 'value');
    if (!valueSub) {
      throw new ScimError(
        400,
        `Filter on "${pathToText(node.path)}": "${node.op}" needs a simple attribute but "${leaf.name}" is complex with no "value" sub-attribute. ` +
          `RFC 7644 §3.4.2.2 compares complex attributes through a sub-attribute; write e.g. "${leaf.name}.${leaf.subAttributes?.[0]?.name ?? 'sub'} ${node.op} …".`,
        'invalidFilter',
      );
    }
    leaf = valueSub;
    leafName = valueSub.name;
  }
  if (node.value === null) {
    if (node.op !== 'eq' && node.op !== 'ne') {
      throw new ScimError(400, `Filter on "${pathToText(node.path)}": "${node.op} null" has no meaning; only "eq null" and "ne null" do. RFC 7644 §3.4.2.2; use "pr" or "not (… pr)".`, 'invalidFilter');
    }
    const present: FilterPredicate = (target) => visit(target, isPresentValue, element, leafName);
    return node.op === 'eq' ? (target) => !present(target) : present;
  }
  const test = buildComparator(leaf, node.op, node.value, pathToText(node.path));
  const positive: FilterPredicate = (target) => visit(target, test, element, leafName);
  return node.op === 'ne' ? (target) => !positive(target) : positive;
}

/**
 * Compiles a filter node against a scope: attribute definitions are resolved and literals converted once,
 * so the returned predicate allocates nothing per call.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function compileNode(node: FilterNode, scope: FilterScope): FilterPredicate {
  switch (node.kind) {
    case 'and': {
      const left = compileNode(node.left, scope);
      const right = compileNode(node.right, scope);
      return (target) => left(target) && right(target);
    }
    case 'or': {
      const left = compileNode(node.left, scope);
      const right = compileNode(node.right, scope);
      return (target) => left(target) || right(target);
    }
    case 'not': {
      const inner = compileNode(node.filter, scope);
      return (target) => !inner(target);
    }
    default:
      return compileLeafNode(node, scope);
  }
}

/**
 * Compiles a filter for a resource type. Use it (or {@link matchesFilter}, which caches it) in loops.
 * @throws ScimError 400 invalidFilter when an operator does not fit an attribute's type.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function compileFilter(filter: FilterNode, rt: ResourceTypeDef): FilterPredicate {
  return compileNode(filter, { rt });
}

/**
 * Compiles a value filter (`type eq "work"`) against the sub-attributes of a complex attribute; the
 * predicate tests one element. Used by PATCH paths such as `emails[type eq "work"].value`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function compileValueFilter(filter: FilterNode, parent: AttributeDef): FilterPredicate {
  return compileNode(filter, { parent });
}
