import { ScimError, type ResourceTypeDef, type SchemaDef } from '../scim/index.ts';
import { LIST_RESPONSE_URN, scimJson, type MockResponse } from '../http/index.ts';
import { servedAttributes } from './schema-characteristics.ts';
import type { Exchange, MockContext } from './mock-context.ts';

const SPC_URN = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_URN = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/**
 * `GET /ServiceProviderConfig`: what this mock really does (PATCH yes, Bulk where the profile has it, filter with maxResults,
 * sort unless the sort-unsupported fault, ETag, the profile's auth schemes).
 * @see RFC 7643 §5; RFC 7644 §4
 */
export function serviceProviderConfig(context: MockContext, exchange: Exchange): MockResponse {
  const config: Record<string, unknown> = {
    schemas: [SPC_URN],
    documentationUri: 'https://www.rfc-editor.org/rfc/rfc7644',
    patch: { supported: true },
    bulk: context.bulk.supported ? { ...context.bulk } : { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: context.maxResults },
    changePassword: { supported: context.behaviour.changePasswordSupported },
    sort: { supported: context.behaviour.sortSupported },
    etag: { supported: true },
    authenticationSchemes: context.profile.authenticationSchemes,
    meta: { resourceType: 'ServiceProviderConfig', location: `${exchange.base}/ServiceProviderConfig` },
  };
  if (context.behaviour.spcBulkWithoutMaxOperations) config['bulk'] = { supported: false };
  if (context.behaviour.spcIncomplete) for (const member of ['sort', 'etag', 'authenticationSchemes']) delete config[member];
  return scimJson(context.behaviour, 200, config);
}

/**
 * `GET /ResourceTypes` and `GET /ResourceTypes/{name}` for the resource types served.
 * @throws ScimError 404 for an unknown name
 * @see RFC 7643 §6; RFC 7644 §4
 */
export function resourceTypes(context: MockContext, exchange: Exchange, name?: string): MockResponse {
  const render = (rt: ResourceTypeDef) => ({
    schemas: [RESOURCE_TYPE_URN],
    id: rt.name,
    name: rt.name,
    endpoint: rt.endpoint,
    description: rt.schema.description,
    schema: rt.schema.id,
    schemaExtensions: rt.extensions.map((extension) => (context.behaviour.resourceTypeExtensionWithoutRequired ? { schema: extension.schema.id } : { schema: extension.schema.id, required: extension.required })),
    meta: { resourceType: 'ResourceType', location: `${exchange.base}/ResourceTypes/${rt.name}` },
  });
  if (name === undefined) return listOf(context, context.resourceTypes.map(render), exchange);
  const rt = context.resourceTypes.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!rt || context.behaviour.discoveryByIdNotFound) throw notFound('ResourceTypes', name, context.resourceTypes.map((candidate) => candidate.name));
  return scimJson(context.behaviour, 200, render(rt));
}

/**
 * `GET /Schemas` and `GET /Schemas/{urn}` for the schemas the served resource types use.
 * @throws ScimError 404 for an unknown URN
 * @see RFC 7643 §7; RFC 7644 §4
 */
export function schemas(context: MockContext, exchange: Exchange, urn?: string): MockResponse {
  const render = (schema: SchemaDef) => ({
    schemas: [SCHEMA_URN],
    id: schema.id,
    ...(context.behaviour.schemaWithoutName ? {} : { name: schema.name }),
    description: schema.description,
    attributes: servedAttributes(context, schema),
    meta: { resourceType: 'Schema', location: `${exchange.base}/Schemas/${schema.id}` },
  });
  if (urn === undefined) {
    const messages = context.behaviour.schemasListMessages
      ? [LIST_RESPONSE_URN, 'urn:ietf:params:scim:api:messages:2.0:Error'].map((id) => ({ schemas: [SCHEMA_URN], id, name: id.split(':').pop(), attributes: [] }))
      : [];
    return listOf(context, [...context.schemas.map(render), ...messages], exchange);
  }
  const schema = context.schemas.find((candidate) => candidate.id.toLowerCase() === urn.toLowerCase());
  if (!schema || context.behaviour.discoveryByIdNotFound) throw notFound('Schemas', urn, context.schemas.map((candidate) => candidate.id));
  return scimJson(context.behaviour, 200, render(schema));
}

/**
 * Discovery endpoints answer a `filter` with 403 so clients do not assume it was applied.
 * @see RFC 7644 §4
 */
export function rejectDiscoveryFilter(exchange: Exchange): void {
  if (exchange.url.searchParams.has('filter')) {
    throw new ScimError(403, `${exchange.url.pathname}: discovery endpoints do not support filter (RFC 7644 §4). Drop the filter and select client-side.`);
  }
}

function listOf(context: MockContext, all: unknown[], exchange: Exchange): MockResponse {
  const resources = context.behaviour.discoveryPaginates ? discoveryPage(all, exchange.url.searchParams) : all;
  const body: Record<string, unknown> = { schemas: [LIST_RESPONSE_URN], totalResults: resources.length, itemsPerPage: resources.length, startIndex: 1, Resources: resources };
  if (context.behaviour.omitTotalResults) delete body['totalResults'];
  return scimJson(context.behaviour, 200, body);
}

function notFound(endpoint: string, name: string, known: string[]): ScimError {
  return new ScimError(404, `/${endpoint}/${name} not found: this service provider serves ${known.join(', ') || 'none'}. Read /${endpoint} for the list.`);
}

/** The discovery-paginates fault: startIndex and count applied to a discovery list. */
function discoveryPage(all: unknown[], params: URLSearchParams): unknown[] {
  const start = Math.max(1, Number(params.get('startIndex') ?? 1) || 1);
  const count = params.has('count') ? Math.max(0, Number(params.get('count')) || 0) : all.length;
  return all.slice(start - 1, start - 1 + count);
}
