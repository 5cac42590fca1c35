import { defineAttribute as a } from './define-attribute.ts';
import type { SchemaDef } from './schema-types.ts';

/**
 * The Enterprise User extension (RFC 7643 §4.3, §8.7.1); `manager` is complex (`value`, `$ref`,
 * readOnly `displayName`).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export const ENTERPRISE_USER_SCHEMA: SchemaDef = {
  id: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    a('employeeNumber', 'string', 'Numeric or alphanumeric identifier assigned to a person, typically based on order of hire or association with an organization.'),
    a('costCenter', 'string', 'Identifies the name of a cost center.'),
    a('organization', 'string', 'Identifies the name of an organization.'),
    a('division', 'string', 'Identifies the name of a division.'),
    a('department', 'string', 'Identifies the name of a department.'),
    a('manager', 'complex', "The User's manager.", {
      subAttributes: [
        a('value', 'string', 'The id of the SCIM resource representing the User\'s manager.'),
        a('$ref', 'reference', "The URI of the SCIM resource representing the User's manager.", { referenceTypes: ['User'] }),
        a('displayName', 'string', "The displayName of the User's manager.", { mutability: 'readOnly' }),
      ],
    }),
  ],
};
