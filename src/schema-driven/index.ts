/* Schema-driven checks: steps generated from the server's /Schemas and /ResourceTypes (RFC 7643 §6, §7). */
export { expandSchemaScenario, DEFAULT_MAX_STEPS } from './expand-schema-scenario.ts';
export type { Expansion } from './expand-schema-scenario.ts';
export { readDeclaredSchemas } from './read-declared-schemas.ts';
export type { ReadSchemasOptions } from './read-declared-schemas.ts';
export { parseDeclaredSchemas } from './declared-schemas.ts';
export type { DeclaredSchemas, DeclaredSchema, DeclaredResourceType } from './declared-schemas.ts';
