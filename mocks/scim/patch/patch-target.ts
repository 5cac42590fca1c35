import { findExtensionSchema, resolveAttribute } from '../attribute-lookup.ts';
import { compileValueFilter, type FilterPredicate } from '../filter/compile-filter.ts';
import type { AttributePath, FilterNode } from '../filter/filter-ast.ts';
import type { AttributeDef, ResourceTypeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';

/** The attribute a PATCH operation (or one key of a path-less value) acts on. */
export interface PatchTarget {
  def: AttributeDef;
  schemaUrn: string;
  isExtension: boolean;
  subDef?: AttributeDef;
  filter?: FilterPredicate;
  filterNode?: FilterNode;
  /** The path as the client wrote it, for messages. */
  text: string;
}

/**
 * Resolves a parsed PATCH path against the resource type (case-insensitive, RFC 7643 §2.1). `contextUrn`
 * qualifies unqualified names inside an extension object. A value filter compiles against the
 * attribute's sub-attributes.
 * @throws ScimError 400 invalidPath naming the attribute when the schema does not define it, or when a
 *   value filter is put on a simple attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function resolvePatchTarget(rt: ResourceTypeDef, path: AttributePath, text: string, where: string, contextUrn?: string): PatchTarget {
  const schemaUrn = path.schemaUrn ?? contextUrn;
  const resolved = resolveAttribute(rt, schemaUrn === undefined ? path : { ...path, schemaUrn });
  if (!resolved) {
    const known = [rt.schema.id, ...rt.extensions.map((e) => e.schema.id)].join('", "');
    throw new ScimError(
      400,
      `${where}: "${text}" names no attribute of the ${rt.name} resource type (schemas "${known}"). ` +
        `RFC 7644 §3.5.2 requires PATCH paths to name defined attributes; fix the spelling or the schema URN.`,
      'invalidPath',
    );
  }
  const target: PatchTarget = { def: resolved.def, schemaUrn: resolved.schemaUrn, isExtension: resolved.isExtension, text };
  if (resolved.subDef) target.subDef = resolved.subDef;
  if (path.valueFilter) {
    if (resolved.def.type !== 'complex') {
      throw new ScimError(400, `${where}: "${text}" puts a value filter on "${resolved.def.name}", which is not complex. RFC 7644 §3.5.2 filters only multi-valued complex attributes; drop the "[…]".`, 'invalidPath');
    }
    target.filter = compileValueFilter(path.valueFilter, resolved.def);
    target.filterNode = path.valueFilter;
  }
  return target;
}

/** True when `key` is the URN of one of the resource type's extensions. */
export function isExtensionKey(rt: ResourceTypeDef, key: string): string | undefined {
  return findExtensionSchema(rt, key)?.id;
}
