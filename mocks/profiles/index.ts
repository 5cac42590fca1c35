export { HTTP_BASIC, OAUTH_BEARER } from './auth-schemes.ts';
export { cxProfile, E164 } from './cx.ts';
export { deskproProfile } from './deskpro.ts';
export { GENERIC_USER_RESOURCE_TYPE, genericProfile } from './generic.ts';
export { DEFAULT_TOKEN_LIFETIME, issueOAuthToken } from './oauth-token.ts';
export type { AdmitContext, AuthenticationScheme, ProfileSettings, ScimProfile } from './profile-types.ts';
export { SlidingWindowLimiter } from './rate-limiter.ts';
export { PROFILES, selectProfile } from './select-profile.ts';
export { TALKDESK_USER_RESOURCE_TYPE, talkdeskProfile } from './talkdesk.ts';
