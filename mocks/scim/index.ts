/* Errors */
export { ScimError } from './scim-error.ts';
export type { ScimType } from './scim-error.ts';

/* Schemas and resource types (RFC 7643 §3, §4, §6, §8.7.1) */
export type { AttributeDef, SchemaDef, ResourceTypeDef } from './schema/index.ts';
export {
  COMMON_ATTRIBUTES,
  SCHEMAS_ATTRIBUTE,
  USER_SCHEMA,
  GROUP_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  TALKDESK_USER_SCHEMA,
  ACME_USER_SCHEMA,
  USER_RESOURCE_TYPE,
  GROUP_RESOURCE_TYPE,
  defineAttribute,
  multiValuedSubAttributes,
} from './schema/index.ts';

/* Attribute lookup */
export { findAttribute, findExtensionSchema, findSchema, findSubAttribute, resolveAttribute, splitAttributePath, schemaUrnsOf } from './attribute-lookup.ts';
export type { AttributeReference, ResolvedAttribute } from './attribute-lookup.ts';

/* Filters and sorting (RFC 7644 §3.4.2.2, §3.4.2.3) */
export type { AttributePath, CompareOperator, FilterLiteral, FilterNode, FilterPredicate, SortAttribute } from './filter/index.ts';
export { parseFilter, matchesFilter, compileFilter, parseSortAttribute, compareResources, compareSortKeys, tokenizeFilter } from './filter/index.ts';

/* PATCH paths and operations (RFC 7644 §3.5.2) */
export { parsePath } from './path/index.ts';
export { applyPatch, readPatchRequest, PATCH_OP_URN } from './patch/index.ts';
export type { PatchOperation } from './patch/index.ts';

/* POST/PUT bodies and representations (RFC 7644 §3.3, §3.5.1, §3.4.2.5) */
export { prepareResource, unknownAttributes, unknownSchemaUrns } from './resource-validation.ts';
export type { PrepareOptions } from './resource-validation.ts';
export { projectResource } from './projection.ts';
export type { ProjectionOptions } from './projection.ts';

/* Value helpers */
export { coerceValue } from './coerce-value.ts';
export { deepEqual, cloneJson } from './json-value.ts';
