import { ACME_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, USER_SCHEMA, type ResourceTypeDef } from '../scim/index.ts';
import { HTTP_BASIC, OAUTH_BEARER } from './auth-schemes.ts';
import type { ScimProfile } from './profile-types.ts';

/** Users with the Enterprise extension and the custom acme extension (both optional). */
export const GENERIC_USER_RESOURCE_TYPE: ResourceTypeDef = {
  name: 'User',
  endpoint: '/Users',
  schema: USER_SCHEMA,
  extensions: [
    { schema: ENTERPRISE_USER_SCHEMA, required: false },
    { schema: ACME_USER_SCHEMA, required: false },
  ],
};

/**
 * A plain RFC 7643/7644 service provider: Users (with the Enterprise extension and the custom acme extension
 * the schema-driven checks exercise) and Groups, Bearer or
 * Basic auth, no rate limit, only `userName` required.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export const genericProfile: ScimProfile = {
  name: 'generic',
  description: 'RFC 7643/7644 service provider: Users (Enterprise and a custom acme extension) and Groups; userName required and unique.',
  see: ['https://www.rfc-editor.org/rfc/rfc7643', 'https://www.rfc-editor.org/rfc/rfc7644'],
  userResourceType: GENERIC_USER_RESOURCE_TYPE,
  groups: true,
  bulk: true,
  authenticationSchemes: [OAUTH_BEARER, HTTP_BASIC],
  oauthTokenEndpoint: false,
};
