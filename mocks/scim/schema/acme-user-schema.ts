import { defineAttribute as a } from './define-attribute.ts';
import type { SchemaDef } from './schema-types.ts';

/**
 * A custom User extension the generic mock declares, so the schema-driven checks (src/schema-driven/) have a
 * server-defined schema to exercise: one attribute of each type (RFC 7643 §2.3) and each characteristic
 * (§2.2, §7): an immutable, server-unique, case-exact `badgeNumber`; a required `clearance`; a writeOnly
 * `pinCode` returned never; `auditNote` returned on request; a readOnly `enrolledAt`; a complex `vehicle`
 * with a required sub-attribute; a multi-valued `languages`; a `sponsor` referring to another User.
 * The mock implements every declared characteristic (mocks/scim/resource-validation.ts, projection.ts).
 * [INFERRED] The name and attributes are invented for the harness; no vendor defines them.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3 (schema extensions)
 */
export const ACME_USER_SCHEMA: SchemaDef = {
  id: 'urn:ietf:params:scim:schemas:extension:acme:2.0:User',
  name: 'AcmeUser',
  description: 'Acme badge and site data (a custom extension declared by the mock)',
  attributes: [
    a('badgeNumber', 'string', 'The badge printed on the card: set once, unique on this server, compared case-exactly.', { mutability: 'immutable', uniqueness: 'server', caseExact: true }),
    a('clearance', 'string', 'The access level; required whenever the extension is sent.', { required: true, canonicalValues: ['public', 'internal', 'secret'] }),
    a('pinCode', 'string', 'The door PIN: write-only, never returned.', { mutability: 'writeOnly', returned: 'never', caseExact: true }),
    a('auditNote', 'string', 'A note returned only when asked for by name.', { returned: 'request' }),
    a('enrolledAt', 'dateTime', 'When the badge was enrolled; set by the server.', { mutability: 'readOnly' }),
    a('remote', 'boolean', 'Whether the person works remotely.'),
    a('floor', 'integer', 'The floor of the desk.'),
    a('hourlyRate', 'decimal', 'The hourly rate.'),
    a('photo', 'binary', 'The badge photo, base64.', { caseExact: true }),
    a('homepage', 'reference', 'A personal page.', { referenceTypes: ['external'], caseExact: true }),
    a('languages', 'string', 'Languages spoken.', { multiValued: true }),
    a('vehicle', 'complex', 'The car parked on site.', {
      subAttributes: [
        a('plate', 'string', 'The licence plate; required in a vehicle.', { required: true }),
        a('model', 'string', 'The model.'),
      ],
    }),
    a('sponsor', 'complex', 'The User who sponsors the badge.', {
      subAttributes: [
        a('value', 'string', 'The id of the sponsoring User.'),
        a('$ref', 'reference', 'The URI of the sponsoring User.', { referenceTypes: ['User'] }),
      ],
    }),
  ],
};
