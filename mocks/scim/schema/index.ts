/* Types */
export type { AttributeDef, SchemaDef, ResourceTypeDef } from './schema-types.ts';
/* Builders */
export { defineAttribute, multiValuedSubAttributes } from './define-attribute.ts';
/* Definitions */
export { COMMON_ATTRIBUTES, SCHEMAS_ATTRIBUTE } from './common-attributes.ts';
export { USER_SCHEMA } from './user-schema.ts';
export { GROUP_SCHEMA } from './group-schema.ts';
export { ENTERPRISE_USER_SCHEMA } from './enterprise-user-schema.ts';
export { TALKDESK_USER_SCHEMA } from './talkdesk-user-schema.ts';
export { ACME_USER_SCHEMA } from './acme-user-schema.ts';
export { USER_RESOURCE_TYPE, GROUP_RESOURCE_TYPE } from './resource-types.ts';
