import { defineAttribute as a } from './define-attribute.ts';
import type { SchemaDef } from './schema-types.ts';

/**
 * The core Group schema (RFC 7643 §4.2, §8.7.1). `displayName` is required as §4.2 states ("REQUIRED"),
 * although the §8.7.1 representation prints `"required": false`. `members.display` is not in §8.7.1 but
 * appears in the §8.4 example and in every Okta membership PATCH, so it is defined (immutable like its siblings).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export const GROUP_SCHEMA: SchemaDef = {
  id: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  name: 'Group',
  description: 'Group',
  attributes: [
    a('displayName', 'string', 'A human-readable name for the Group.', { required: true }),
    a('members', 'complex', 'A list of members of the Group.', {
      multiValued: true,
      subAttributes: [
        a('value', 'string', 'Identifier of the member of this Group.', { mutability: 'immutable' }),
        a('$ref', 'reference', 'The URI corresponding to a SCIM resource that is a member of this Group.', {
          mutability: 'immutable',
          referenceTypes: ['User', 'Group'],
        }),
        a('display', 'string', 'A human-readable name for the member.', { mutability: 'immutable' }),
        a('type', 'string', 'A label indicating the type of resource, e.g., \'User\' or \'Group\'.', {
          mutability: 'immutable',
          canonicalValues: ['User', 'Group'],
        }),
      ],
    }),
  ],
};
