import { ScimError, TALKDESK_USER_SCHEMA, USER_SCHEMA, type ResourceTypeDef } from '../scim/index.ts';
import { hasText, readAttribute, writeAttribute } from './attribute-access.ts';
import { OAUTH_BEARER } from './auth-schemes.ts';
import type { AdmitContext, ScimProfile } from './profile-types.ts';

/** Users with the Talkdesk extension (rolesString, teamsString); Talkdesk has no Groups. */
export const TALKDESK_USER_RESOURCE_TYPE: ResourceTypeDef = {
  name: 'User',
  endpoint: '/Users',
  schema: USER_SCHEMA,
  extensions: [{ schema: TALKDESK_USER_SCHEMA, required: false }],
};

/**
 * Talkdesk: User resource only; userName, name.givenName and name.familyName mandatory; the extension
 * `urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User` whose rolesString/teamsString must name
 * roles and teams that exist in the account (comma-separated names allowed; exact case); no role means
 * Agent; users created once the licences are used up are stored with active false; 4 requests per second
 * (429 + Retry-After); STS tokens from `POST /oauth/token` (client credentials).
 * @see docs/profiles.md §1.1 (mandatory fields, extension, default role Agent)
 * @see docs/profiles.md §1.2 (Entra ID: groups provisioning disabled)
 * @see docs/profiles.md §1.3 (User only, 4 req/s, licences, STS token)
 */
export const talkdeskProfile: ScimProfile = {
  name: 'talkdesk',
  description:
    'Talkdesk SCIM API: Users only; userName, name.givenName, name.familyName required; rolesString/teamsString ' +
    'checked against account roles and teams (default role Agent); licence-limited activation; 4 requests/second; ' +
    'OAuth client-credentials STS tokens.',
  see: ['docs/profiles.md §1.1', 'docs/profiles.md §1.2', 'docs/profiles.md §1.3'],
  userResourceType: TALKDESK_USER_RESOURCE_TYPE,
  groups: false,
  bulk: false,
  authenticationSchemes: [{ ...OAUTH_BEARER, description: 'STS token from POST /oauth/token (client credentials), sent as Authorization: Bearer <token>.' }],
  defaultRateLimit: { requests: 4, windowMs: 1000 },
  oauthTokenEndpoint: true,
  admitUser: admitTalkdeskUser,
};

function admitTalkdeskUser(user: Record<string, unknown>, context: AdmitContext): void {
  const name = readAttribute(user, 'name');
  for (const part of ['givenName', 'familyName']) {
    if (!hasText(readAttribute(name, part))) {
      throw new ScimError(
        400,
        `User: name.${part} is mandatory for Talkdesk (with userName and name.${part === 'givenName' ? 'familyName' : 'givenName'}), ` +
          'but it is missing. Map it in the IdP before provisioning.',
        'invalidValue',
      );
    }
  }
  let extension = readAttribute(user, TALKDESK_USER_SCHEMA.id) as Record<string, unknown> | undefined;
  if (extension === undefined || extension === null || typeof extension !== 'object') {
    extension = {};
    writeAttribute(user, TALKDESK_USER_SCHEMA.id, extension);
    const schemas = user['schemas'];
    if (Array.isArray(schemas) && !schemas.includes(TALKDESK_USER_SCHEMA.id)) user['schemas'] = [...schemas, TALKDESK_USER_SCHEMA.id];
  }
  const roles = readAttribute(extension, 'rolesString');
  if (hasText(roles)) checkNames('rolesString', roles as string, context.settings.roles, 'role');
  else writeAttribute(extension, 'rolesString', 'Agent');
  const teams = readAttribute(extension, 'teamsString');
  if (hasText(teams)) checkNames('teamsString', teams as string, context.settings.teams, 'team');
  if (context.mode === 'create' && user['active'] !== false && context.store.activeUserCount() >= context.settings.licences) {
    user['active'] = false;
  }
}

function checkNames(attribute: string, value: string, allowed: readonly string[], kind: string): void {
  for (const name of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!allowed.includes(name)) {
      throw new ScimError(
        400,
        `User: ${TALKDESK_USER_SCHEMA.id}:${attribute} names the ${kind} "${name}", which does not exist in the Talkdesk ` +
          `account (expected one of: ${allowed.join(', ')}). Create the ${kind} in Talkdesk first or fix the mapping.`,
        'invalidValue',
      );
    }
  }
}
