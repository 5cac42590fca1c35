import { defineAttribute } from './define-attribute.ts';
import type { AttributeDef } from './schema-types.ts';

/**
 * `id`, `externalId` and `meta`: the common attributes every resource type carries (RFC 7643 §3.1).
 * They are not part of any schema's `attributes` but resolve under the core schema URN.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export const COMMON_ATTRIBUTES: AttributeDef[] = [
  defineAttribute('id', 'string', 'A unique identifier for a SCIM resource as defined by the service provider.', {
    caseExact: true,
    mutability: 'readOnly',
    returned: 'always',
    uniqueness: 'server',
  }),
  defineAttribute('externalId', 'string', 'A String that is an identifier for the resource as defined by the provisioning client.', {
    caseExact: true,
  }),
  defineAttribute('meta', 'complex', 'A complex attribute containing resource metadata.', {
    mutability: 'readOnly',
    subAttributes: [
      defineAttribute('resourceType', 'string', 'The name of the resource type of the resource.', { caseExact: true, mutability: 'readOnly' }),
      defineAttribute('created', 'dateTime', 'The DateTime that the resource was added to the service provider.', { mutability: 'readOnly' }),
      defineAttribute('lastModified', 'dateTime', 'The most recent DateTime that the details of this resource were updated.', { mutability: 'readOnly' }),
      defineAttribute('location', 'reference', 'The URI of the resource being returned.', { caseExact: true, mutability: 'readOnly', referenceTypes: ['uri'] }),
      defineAttribute('version', 'string', 'The version of the resource being returned.', { caseExact: true, mutability: 'readOnly' }),
    ],
  }),
];

/**
 * `schemas` (RFC 7643 §3): present in every resource, always returned. Kept apart from
 * {@link COMMON_ATTRIBUTES} because RFC 7643 lists it as a structural element, not a common attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export const SCHEMAS_ATTRIBUTE: AttributeDef = defineAttribute('schemas', 'reference', 'The schema URIs the resource conforms to.', {
  multiValued: true,
  required: true,
  caseExact: true,
  mutability: 'readOnly',
  returned: 'always',
  referenceTypes: ['uri'],
});
