import { COMMON_ATTRIBUTES, SCHEMAS_ATTRIBUTE } from './schema/common-attributes.ts';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from './schema/schema-types.ts';

/** An attribute path split into its parts (the shape RFC 7644 Figure 1 `attrPath` names). */
export interface AttributeReference {
  schemaUrn?: string;
  attribute: string;
  subAttribute?: string;
}

/** A top-level attribute resolved against a resource type, with its sub-attribute when one was named. */
export interface ResolvedAttribute {
  /** The top-level attribute. */
  def: AttributeDef;
  /** The canonical URN of the schema that defines it (the core URN for common attributes). */
  schemaUrn: string;
  /** True when the attribute lives in an extension, i.e. under `resource[schemaUrn]`. */
  isExtension: boolean;
  /** The named sub-attribute of a complex `def`. */
  subDef?: AttributeDef;
}

interface SchemaIndex {
  schema: SchemaDef;
  isExtension: boolean;
  byName: Map<string, AttributeDef>;
}

interface ResourceTypeIndex {
  core: SchemaIndex;
  extensions: SchemaIndex[];
  byUrn: Map<string, SchemaIndex>;
}

const indexes = new WeakMap<ResourceTypeDef, ResourceTypeIndex>();
const subIndexes = new WeakMap<AttributeDef, Map<string, AttributeDef>>();

function indexSchema(schema: SchemaDef, isExtension: boolean, extra: AttributeDef[]): SchemaIndex {
  const byName = new Map<string, AttributeDef>();
  for (const def of [...extra, ...schema.attributes]) byName.set(def.name.toLowerCase(), def);
  return { schema, isExtension, byName };
}

function indexOf(rt: ResourceTypeDef): ResourceTypeIndex {
  let index = indexes.get(rt);
  if (!index) {
    const core = indexSchema(rt.schema, false, [SCHEMAS_ATTRIBUTE, ...COMMON_ATTRIBUTES]);
    const extensions = rt.extensions.map((extension) => indexSchema(extension.schema, true, []));
    const byUrn = new Map<string, SchemaIndex>();
    for (const entry of [core, ...extensions]) byUrn.set(entry.schema.id.toLowerCase(), entry);
    index = { core, extensions, byUrn };
    indexes.set(rt, index);
  }
  return index;
}

/**
 * The extension schema of `rt` whose URN equals `urn` (case-insensitively), if any.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function findExtensionSchema(rt: ResourceTypeDef, urn: string): SchemaDef | undefined {
  const entry = indexOf(rt).byUrn.get(urn.toLowerCase());
  return entry?.isExtension ? entry.schema : undefined;
}

/**
 * The schema (core or extension) of `rt` whose URN equals `urn` (case-insensitively), if any.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function findSchema(rt: ResourceTypeDef, urn: string): SchemaDef | undefined {
  return indexOf(rt).byUrn.get(urn.toLowerCase())?.schema;
}

/**
 * The sub-attribute of a complex attribute by case-insensitive name (RFC 7643 §2.1).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function findSubAttribute(parent: AttributeDef, name: string): AttributeDef | undefined {
  if (!parent.subAttributes) return undefined;
  let byName = subIndexes.get(parent);
  if (!byName) {
    byName = new Map(parent.subAttributes.map((sub) => [sub.name.toLowerCase(), sub]));
    subIndexes.set(parent, byName);
  }
  return byName.get(name.toLowerCase());
}

/**
 * Resolves an attribute reference against a resource type. Names are case-insensitive (RFC 7643 §2.1).
 * Without a URN the core schema (and the common attributes) wins; an unqualified name found only in an
 * extension resolves there too, because clients send `manager` for the enterprise `manager`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export function resolveAttribute(rt: ResourceTypeDef, ref: AttributeReference): ResolvedAttribute | undefined {
  const index = indexOf(rt);
  const name = ref.attribute.toLowerCase();
  let found: { def: AttributeDef; entry: SchemaIndex } | undefined;
  if (ref.schemaUrn !== undefined) {
    const entry = index.byUrn.get(ref.schemaUrn.toLowerCase());
    const def = entry?.byName.get(name);
    if (entry && def) found = { def, entry };
  } else {
    for (const entry of [index.core, ...index.extensions]) {
      const def = entry.byName.get(name);
      if (def) {
        found = { def, entry };
        break;
      }
    }
  }
  if (!found) return undefined;
  const resolved: ResolvedAttribute = { def: found.def, schemaUrn: found.entry.schema.id, isExtension: found.entry.isExtension };
  if (ref.subAttribute !== undefined) {
    const subDef = findSubAttribute(found.def, ref.subAttribute);
    if (!subDef) return undefined;
    resolved.subDef = subDef;
  }
  return resolved;
}

/**
 * Splits `urn:…:User:name.givenName`, `name.givenName` or `userName` into URN, attribute and sub-attribute.
 * The URN is everything before the last `:` when the text starts with `urn:` (RFC 7644 §3.10).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export function splitAttributePath(text: string): AttributeReference {
  let rest = text;
  let schemaUrn: string | undefined;
  if (text.slice(0, 4).toLowerCase() === 'urn:') {
    const colon = text.lastIndexOf(':');
    schemaUrn = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  const dot = rest.indexOf('.');
  const ref: AttributeReference = { attribute: dot < 0 ? rest : rest.slice(0, dot) };
  if (schemaUrn !== undefined) ref.schemaUrn = schemaUrn;
  if (dot >= 0) ref.subAttribute = rest.slice(dot + 1);
  return ref;
}

/**
 * Finds the definition an attribute path names: `userName`, `UserName`, `name.givenName`,
 * `urn:ietf:params:scim:schemas:core:2.0:User:userName`,
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`. `def` is the leaf (the
 * sub-attribute when one is named) and `parent` its complex attribute. Undefined when nothing matches.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function findAttribute(
  rt: ResourceTypeDef,
  path: string,
): { def: AttributeDef; schemaUrn: string; parent?: AttributeDef } | undefined {
  const resolved = resolveAttribute(rt, splitAttributePath(path));
  if (!resolved) return undefined;
  if (resolved.subDef) return { def: resolved.subDef, schemaUrn: resolved.schemaUrn, parent: resolved.def };
  return { def: resolved.def, schemaUrn: resolved.schemaUrn };
}

/**
 * Every schema URN `rt` knows, core first.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function schemaUrnsOf(rt: ResourceTypeDef): string[] {
  return [rt.schema.id, ...rt.extensions.map((extension) => extension.schema.id)];
}
