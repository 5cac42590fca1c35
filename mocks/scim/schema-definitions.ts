/**
 * The schema and resource-type definitions (RFC 7643 §4, §6, §8.7.1) under the file name other modules
 * were promised; the definitions themselves live in `./schema/`.
 */
export type { AttributeDef, SchemaDef, ResourceTypeDef } from './schema/index.ts';
export {
  COMMON_ATTRIBUTES,
  SCHEMAS_ATTRIBUTE,
  USER_SCHEMA,
  GROUP_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  TALKDESK_USER_SCHEMA,
  USER_RESOURCE_TYPE,
  GROUP_RESOURCE_TYPE,
} from './schema/index.ts';
