import type { AuthenticationScheme } from './profile-types.ts';

/** Bearer token in the Authorization header (RFC 6750). */
export const OAUTH_BEARER: AuthenticationScheme = {
  type: 'oauthbearertoken',
  name: 'OAuth Bearer Token',
  description: 'Authorization: Bearer <token> (scheme case-insensitive); the bare token is accepted too.',
  specUri: 'https://www.rfc-editor.org/rfc/rfc6750',
  primary: true,
};

/** HTTP Basic (RFC 7617). */
export const HTTP_BASIC: AuthenticationScheme = {
  type: 'httpbasic',
  name: 'HTTP Basic',
  description: 'Authorization: Basic base64(username:password).',
  specUri: 'https://www.rfc-editor.org/rfc/rfc7617',
};
