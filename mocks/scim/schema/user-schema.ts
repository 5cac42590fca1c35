import { defineAttribute as a, multiValuedSubAttributes } from './define-attribute.ts';
import type { SchemaDef } from './schema-types.ts';

/**
 * The core User schema, every attribute of RFC 7643 §4.1 with the characteristics of its §8.7.1
 * representation (`password` writeOnly/returned never, `groups` readOnly, `userName` unique and required).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export const USER_SCHEMA: SchemaDef = {
  id: 'urn:ietf:params:scim:schemas:core:2.0:User',
  name: 'User',
  description: 'User Account',
  attributes: [
    a('userName', 'string', 'Unique identifier for the User, typically used by the user to directly authenticate to the service provider.', {
      required: true,
      uniqueness: 'server',
    }),
    a('name', 'complex', "The components of the user's real name.", {
      subAttributes: [
        a('formatted', 'string', "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display."),
        a('familyName', 'string', 'The family name of the User, or last name in most Western languages.'),
        a('givenName', 'string', 'The given name of the User, or first name in most Western languages.'),
        a('middleName', 'string', 'The middle name(s) of the User.'),
        a('honorificPrefix', 'string', 'The honorific prefix(es) of the User, or title in most Western languages.'),
        a('honorificSuffix', 'string', 'The honorific suffix(es) of the User, or suffix in most Western languages.'),
      ],
    }),
    a('displayName', 'string', 'The name of the User, suitable for display to end-users.'),
    a('nickName', 'string', 'The casual way to address the user in real life.'),
    a('profileUrl', 'reference', "A fully qualified URL pointing to a page representing the User's online profile.", { referenceTypes: ['external'] }),
    a('title', 'string', "The user's title, such as \"Vice President\"."),
    a('userType', 'string', "Used to identify the relationship between the organization and the user."),
    a('preferredLanguage', 'string', "Indicates the User's preferred written or spoken language."),
    a('locale', 'string', "Used to indicate the User's default location for purposes of localizing items."),
    a('timezone', 'string', "The User's time zone in the 'Olson' time zone database format."),
    a('active', 'boolean', "A Boolean value indicating the User's administrative status."),
    a('password', 'string', "The User's cleartext password, used to set an initial password or change it.", {
      mutability: 'writeOnly',
      returned: 'never',
    }),
    a('emails', 'complex', 'Email addresses for the user.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('email address', { types: ['work', 'home', 'other'] }),
    }),
    a('phoneNumbers', 'complex', 'Phone numbers for the User.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('phone number', { types: ['work', 'home', 'mobile', 'fax', 'pager', 'other'] }),
    }),
    a('ims', 'complex', 'Instant messaging addresses for the User.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('instant messaging address', {
        types: ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo'],
      }),
    }),
    a('photos', 'complex', 'URLs of photos of the User.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('photo', { valueType: 'reference', referenceTypes: ['external'], types: ['photo', 'thumbnail'] }),
    }),
    a('addresses', 'complex', 'A physical mailing address for this User.', {
      multiValued: true,
      subAttributes: [
        a('formatted', 'string', 'The full mailing address, formatted for display or use with a mailing label.'),
        a('streetAddress', 'string', 'The full street address component.'),
        a('locality', 'string', 'The city or locality component.'),
        a('region', 'string', 'The state or region component.'),
        a('postalCode', 'string', 'The zip code or postal code component.'),
        a('country', 'string', 'The country name component.'),
        a('type', 'string', "A label indicating the address's function.", { canonicalValues: ['work', 'home', 'other'] }),
        a('primary', 'boolean', "A Boolean value indicating the 'primary' or preferred address (RFC 7643 §4.1.2)."),
      ],
    }),
    a('groups', 'complex', 'A list of groups to which the user belongs, either through direct membership or through nested groups.', {
      multiValued: true,
      mutability: 'readOnly',
      subAttributes: [
        a('value', 'string', "The identifier of the User's group.", { mutability: 'readOnly' }),
        a('$ref', 'reference', "The URI of the corresponding 'Group' resource to which the user belongs.", {
          mutability: 'readOnly',
          referenceTypes: ['User', 'Group'],
        }),
        a('display', 'string', 'A human-readable name, primarily used for display purposes.', { mutability: 'readOnly' }),
        a('type', 'string', "A label indicating the attribute's function, e.g., 'direct' or 'indirect'.", {
          mutability: 'readOnly',
          canonicalValues: ['direct', 'indirect'],
        }),
      ],
    }),
    a('entitlements', 'complex', 'A list of entitlements for the User that represent a thing the User has.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('entitlement'),
    }),
    a('roles', 'complex', 'A list of roles for the User that collectively represent who the User is.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('role'),
    }),
    a('x509Certificates', 'complex', 'A list of certificates issued to the User.', {
      multiValued: true,
      subAttributes: multiValuedSubAttributes('X.509 certificate', { valueType: 'binary' }),
    }),
  ],
};
