import { findSubAttribute, resolveAttribute } from '../attribute-lookup.ts';
import type { AttributeDef, ResourceTypeDef } from '../schema/schema-types.ts';
import type { AttributePath } from './filter-ast.ts';

/** Calls `test` on each value a path selects in `target`, stopping at the first `true`. */
export type ValueVisitor = (target: Record<string, unknown>, test: (value: unknown) => boolean) => boolean;

/** Where a filter's attribute names resolve: the resource type, or the sub-attributes of a complex attribute. */
export type FilterScope = { rt: ResourceTypeDef; parent?: undefined } | { parent: AttributeDef; rt?: undefined };

/** A path resolved for matching: how to visit its values and the definition of the value compared. */
export interface ResolvedPath {
  /** The attribute the path names (the sub-attribute when there is one). */
  leaf: AttributeDef;
  /** The top-level (or, inside a value filter, the sub-) attribute. */
  top: AttributeDef;
  visit: (target: Record<string, unknown>, test: (value: unknown) => boolean, element?: (el: Record<string, unknown>) => boolean, leafName?: string) => boolean;
}

function emit(value: unknown, test: (value: unknown) => boolean): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (test(item)) return true;
    return false;
  }
  return value !== undefined && test(value);
}

/**
 * Resolves a filter path in a scope into a visitor over its values. Undefined when the schema does not
 * define the path (the caller turns that into "no match"). Visiting reads keys in their schema case, so
 * resources must be normalised (as {@link prepareResource} and {@link applyPatch} leave them).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function resolveFilterPath(path: AttributePath, scope: FilterScope): ResolvedPath | undefined {
  let top: AttributeDef | undefined;
  let sub: AttributeDef | undefined;
  let container: string | undefined;
  if (scope.rt) {
    const resolved = resolveAttribute(scope.rt, path);
    if (!resolved) return undefined;
    top = resolved.def;
    sub = resolved.subDef;
    if (resolved.isExtension) container = resolved.schemaUrn;
  } else {
    if (path.schemaUrn !== undefined || path.valueFilter) return undefined;
    top = findSubAttribute(scope.parent, path.attribute);
    if (!top) return undefined;
    if (path.subAttribute !== undefined) {
      sub = findSubAttribute(top, path.subAttribute);
      if (!sub) return undefined;
    }
  }
  const topName = top.name;
  const subName = sub?.name;
  const visit: ResolvedPath['visit'] = (target, test, element, leafName = subName) => {
    let holder: unknown = target;
    if (container !== undefined) holder = target[container];
    if (typeof holder !== 'object' || holder === null) return false;
    const raw = (holder as Record<string, unknown>)[topName];
    if (raw === undefined || raw === null) return false;
    if (element === undefined && leafName === undefined) return emit(raw, test);
    if (Array.isArray(raw)) {
      for (const item of raw) {
        if (typeof item !== 'object' || item === null) continue;
        const el = item as Record<string, unknown>;
        if (element !== undefined && !element(el)) continue;
        if (emit(leafName === undefined ? el : el[leafName], test)) return true;
      }
      return false;
    }
    if (typeof raw !== 'object') return false;
    const el = raw as Record<string, unknown>;
    if (element !== undefined && !element(el)) return false;
    return emit(leafName === undefined ? el : el[leafName], test);
  };
  return { leaf: sub ?? top, top, visit };
}
