import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { checkSearchBody } from '../conformance/index.ts';
import { bulk } from './bulk.ts';
import { createResource } from './create-resource.ts';
import { deleteResource } from './delete-resource.ts';
import { rejectDiscoveryFilter, resourceTypes, schemas, serviceProviderConfig } from './discovery.ts';
import { listParamsFromBody, listParamsFromUrl } from './list-params.ts';
import { listResources } from './list-resources.ts';
import { flag, type Exchange, type MockContext } from './mock-context.ts';
import { patchResource } from './patch-resource.ts';
import { readResource } from './read-resource.ts';
import { replaceResource } from './replace-resource.ts';
import { readJsonObject } from './resource-json.ts';
import type { MockResponse } from '../http/index.ts';
import { answerMe, rejectJsonAccept, rejectUnknownQuery } from './request-faults.ts';

/**
 * Dispatches a request under the base URL (segments after it) to its endpoint. Endpoint names match
 * case-insensitively (`/users` is `/Users`).
 * @throws ScimError 400 tooMany (an unfiltered list, with the list-requires-filter fault), 404 (unknown path or
 *   resource type), 405 (method), 501 (Bulk where not supported, /Me)
 * @see RFC 7644 §3.2 (endpoints), §3.12
 */
export function routeRequest(context: MockContext, exchange: Exchange, segments: readonly string[]): MockResponse | Promise<MockResponse> {
  const { method } = exchange;
  const [head = '', second, third] = segments;
  const name = head.toLowerCase();
  if (segments.length === 0) throw new ScimError(404, `${exchange.url.pathname} is the base URL; request /Users, /Groups or a discovery endpoint under it.`);
  rejectJsonAccept(context, exchange);
  if (name === 'serviceproviderconfig' && segments.length === 1 && context.behaviour.serviceProviderConfigMissing) {
    throw new ScimError(404, `${exchange.url.pathname}: no such endpoint. This service provider does not publish its configuration.`);
  }
  if (name === 'serviceproviderconfig' && segments.length === 1) {
    allow(exchange, ['GET']);
    if (!context.behaviour.discoveryFilterAccepted) rejectDiscoveryFilter(exchange);
    return serviceProviderConfig(context, exchange);
  }
  if ((name === 'resourcetypes' || name === 'schemas') && segments.length <= 2) {
    allow(exchange, ['GET']);
    if (!context.behaviour.discoveryFilterAccepted) rejectDiscoveryFilter(exchange);
    return name === 'schemas' ? schemas(context, exchange, second) : resourceTypes(context, exchange, second);
  }
  if (context.behaviour.searchUnsupported && (name === '.search' || second === '.search')) {
    throw new ScimError(404, `${exchange.url.pathname}: no such endpoint. Query with GET and a filter parameter.`);
  }
  if (name === '.search' && segments.length === 1) {
    allow(exchange, ['POST']);
    return search(context, exchange, context.resourceTypes);
  }
  if (name === 'bulk' && segments.length === 1 && context.bulk.supported && !context.behaviour.bulkNotImplemented) {
    allow(exchange, ['POST']);
    return bulk(context, exchange, routeRequest);
  }
  if (name === 'bulk') {
    const says = context.bulk.supported ? 'although ServiceProviderConfig says bulk.supported true' : 'ServiceProviderConfig says bulk.supported false';
    throw new ScimError(501, `/${head} is not implemented by this service provider (${says}). Send the operations one by one.`);
  }
  if (name === 'me') return answerMe(context, exchange, head);
  const rt = context.resourceTypes.find((candidate) => candidate.endpoint.slice(1).toLowerCase() === name);
  if (!rt || segments.length > 2 || third !== undefined) {
    throw new ScimError(
      404,
      `${exchange.url.pathname}: no such endpoint. This service provider serves ${context.resourceTypes.map((r) => r.endpoint).join(', ')} ` +
        '(see /ResourceTypes).',
    );
  }
  rejectUnknownQuery(context, exchange);
  if (second === undefined) {
    allow(exchange, ['GET', 'POST']);
    if (method === 'POST') return createResource(context, exchange, rt);
    const params = listParamsFromUrl(exchange.url, context.maxResults);
    if (context.behaviour.listRequiresFilter && params.filter === undefined) {
      throw new ScimError(400, `${rt.endpoint} without a filter is not served: ask for the resources you need with filter=attribute eq "value".`, 'tooMany');
    }
    return listResources(context, exchange, [rt], params);
  }
  if (second === '.search') {
    allow(exchange, ['POST']);
    return search(context, exchange, [rt]);
  }
  allow(exchange, ['GET', 'PUT', 'PATCH', 'DELETE']);
  if (method === 'GET') return readResource(context, exchange, rt, second);
  if (method === 'PUT') return replaceResource(context, exchange, rt, second);
  if (method === 'PATCH') return patchResource(context, exchange, rt, second);
  return deleteResource(context, exchange, rt, second);
}

function search(context: MockContext, exchange: Exchange, rts: readonly ResourceTypeDef[]): MockResponse {
  const body = readJsonObject(context, exchange);
  flag(exchange, checkSearchBody(body));
  const params = listParamsFromBody(body, context.maxResults);
  if (context.behaviour.searchSortIgnored) delete params.sortBy;
  return listResources(context, exchange, rts, params);
}

function allow(exchange: Exchange, methods: string[]): void {
  if (!methods.includes(exchange.method)) {
    throw new ScimError(405, `${exchange.method} ${exchange.url.pathname}: method not allowed here; use ${methods.join(', ')}.`);
  }
}
