import { defineAttribute as a } from './define-attribute.ts';
import type { SchemaDef } from './schema-types.ts';

/**
 * Talkdesk's User extension: the role and team names an IdP may push (Okta profile editor "External
 * namespace" `urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User`, both string, READ_WRITE).
 * @see docs/profiles.md §1.1 (Talkdesk: SCIM user management with Okta)
 */
export const TALKDESK_USER_SCHEMA: SchemaDef = {
  id: 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User',
  name: 'TalkdeskUser',
  description: 'Talkdesk User extension',
  attributes: [
    a('rolesString', 'string', 'Name of a Talkdesk role that already exists in the account; default role Agent when absent.'),
    a('teamsString', 'string', 'Name of a Talkdesk team that already exists in the account; no team when absent.'),
  ],
};
