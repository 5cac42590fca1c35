import { ENTERPRISE_USER_SCHEMA } from './enterprise-user-schema.ts';
import { GROUP_SCHEMA } from './group-schema.ts';
import type { ResourceTypeDef } from './schema-types.ts';
import { TALKDESK_USER_SCHEMA } from './talkdesk-user-schema.ts';
import { USER_SCHEMA } from './user-schema.ts';

/**
 * The `User` resource type (RFC 7643 §6, §8.6) with the Enterprise and Talkdesk extensions, both optional.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export const USER_RESOURCE_TYPE: ResourceTypeDef = {
  name: 'User',
  endpoint: '/Users',
  schema: USER_SCHEMA,
  extensions: [
    { schema: ENTERPRISE_USER_SCHEMA, required: false },
    { schema: TALKDESK_USER_SCHEMA, required: false },
  ],
};

/**
 * The `Group` resource type (RFC 7643 §6, §8.6), no extensions.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export const GROUP_RESOURCE_TYPE: ResourceTypeDef = {
  name: 'Group',
  endpoint: '/Groups',
  schema: GROUP_SCHEMA,
  extensions: [],
};
