import { OAUTH_BEARER } from './auth-schemes.ts';
import { GENERIC_USER_RESOURCE_TYPE } from './generic.ts';
import type { ScimProfile } from './profile-types.ts';

/**
 * Deskpro: Users only, `userName` the unique identifier (Okta "Unique identifier field for users"),
 * Okta "HTTP Header" auth: the token from Admin > SCIM Tokens, sent as the bare header value or as
 * Bearer. Import (GET list/filter), push new users (POST) and push profile updates (PUT/PATCH).
 * @see docs/profiles.md §3
 */
export const deskproProfile: ScimProfile = {
  name: 'deskpro',
  description: 'Deskpro: Users only; userName is the unique identifier; HTTP Header token auth; import, push new users, push profile updates.',
  see: ['docs/profiles.md §3'],
  userResourceType: GENERIC_USER_RESOURCE_TYPE,
  groups: false,
  bulk: false,
  authenticationSchemes: [{ ...OAUTH_BEARER, description: 'HTTP Header token (Deskpro SCIM Tokens), bare or as Bearer.' }],
  oauthTokenEndpoint: false,
};
