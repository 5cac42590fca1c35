import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, type Json } from './attribute-path.ts';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0';

/**
 * The /ServiceProviderConfig resource: PATCH and filter (maxResults 200) on; sort, ETag, bulk and
 * changePassword off; OAuth bearer token authentication.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export function serviceProviderConfig(baseUrl: string): Json {
  return {
    schemas: [`${CORE}:ServiceProviderConfig`],
    documentationUri: 'https://www.rfc-editor.org/rfc/rfc7644',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authentication with a static bearer token', specUri: 'https://www.rfc-editor.org/rfc/rfc6750', primary: true },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

/**
 * The ResourceType resources for /ResourceTypes (User with the enterprise extension; Group when enabled).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function resourceTypes(baseUrl: string, groups: boolean): Json[] {
  const type = (name: string, endpoint: string, schema: string, extensions: Json[]) => ({
    schemas: [`${CORE}:ResourceType`], id: name, name, endpoint, description: `${name} accounts`, schema,
    schemaExtensions: extensions, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${name}` },
  });
  const user = type('User', '/Users', CORE_USER, [{ schema: ENTERPRISE_USER, required: false }]);
  return groups ? [user, type('Group', '/Groups', CORE_GROUP, [])] : [user];
}

function attr(name: string, type = 'string', extra: Json = {}): Json {
  return { name, type, multiValued: false, required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', description: name, ...extra };
}

/**
 * Minimal but valid Schema resources for /Schemas: the attributes IdPs map by default.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function schemaResources(baseUrl: string, groups: boolean): Json[] {
  const schema = (id: string, name: string, attributes: Json[]) => ({
    schemas: [`${CORE}:Schema`], id, name, description: `${name} schema`, attributes, meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` },
  });
  const multi = (name: string, subs: Json[], extra: Json = {}) => attr(name, 'complex', { multiValued: true, subAttributes: subs, ...extra });
  const ref = (types: string[]) => attr('$ref', 'reference', { referenceTypes: types, caseExact: true });
  const user = schema(CORE_USER, 'User', [
    attr('userName', 'string', { required: true, uniqueness: 'server' }),
    attr('name', 'complex', { subAttributes: [attr('formatted'), attr('givenName'), attr('familyName')] }),
    attr('displayName'),
    attr('active', 'boolean'),
    attr('password', 'string', { mutability: 'writeOnly', returned: 'never' }),
    multi('emails', [attr('value'), attr('type', 'string', { canonicalValues: ['work', 'home', 'other'] }), attr('primary', 'boolean')]),
    multi('groups', [attr('value', 'string', { mutability: 'readOnly' }), ref(['Group']), attr('display', 'string', { mutability: 'readOnly' })], { mutability: 'readOnly' }),
  ]);
  const enterprise = schema(ENTERPRISE_USER, 'EnterpriseUser', [
    attr('employeeNumber'), attr('department'),
    attr('manager', 'complex', { subAttributes: [attr('value'), ref(['User']), attr('displayName', 'string', { mutability: 'readOnly' })] }),
  ]);
  const group = schema(CORE_GROUP, 'Group', [
    attr('displayName', 'string', { required: true }),
    multi('members', [attr('value', 'string', { mutability: 'immutable' }), ref(['User', 'Group']), attr('display', 'string', { mutability: 'readOnly' })]),
  ]);
  return groups ? [user, enterprise, group] : [user, enterprise];
}
