import { parseDeclaredSchemas, type DeclaredSchemas } from './declared-schemas.ts';

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ACME = 'urn:example:acme:2.0:User';

/** A small server declaration for the unit tests: a User with userName, nickName and a custom extension. */
export function fixtureDeclarations(options: { extensionRequired?: boolean; acme?: Array<Record<string, unknown>> } = {}): DeclaredSchemas {
  const attr = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
    name, type, multiValued: false, required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', ...extra,
  });
  const schemas = {
    Resources: [
      { id: CORE_USER, attributes: [attr('userName', 'string', { required: true, uniqueness: 'server' }), attr('nickName', 'string'), attr('id', 'string', { mutability: 'readOnly', returned: 'always' })] },
      {
        id: ACME,
        attributes: options.acme ?? [
          attr('badge', 'string', { mutability: 'immutable', caseExact: true, uniqueness: 'server' }),
          attr('level', 'integer', { required: true }),
          attr('pin', 'string', { mutability: 'writeOnly', returned: 'never' }),
          attr('note', 'string', { returned: 'request' }),
          attr('car', 'complex', { subAttributes: [attr('plate', 'string', { required: true }), attr('model', 'string')] }),
          attr('sponsor', 'complex', { subAttributes: [attr('value', 'string'), attr('$ref', 'reference', { referenceTypes: ['User'] })] }),
        ],
      },
    ],
  };
  const types = [{ name: 'User', endpoint: '/Users', schema: CORE_USER, schemaExtensions: [{ schema: ACME, required: options.extensionRequired === true }] }];
  return parseDeclaredSchemas(schemas, types);
}
