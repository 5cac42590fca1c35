import type { ResourceTypeDef } from '../scim/index.ts';
import { LIST_RESPONSE_URN, scimJson, type MockResponse } from '../http/index.ts';
import { listParamsFromQuery } from './list-params.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { etagOf, renderResource } from './render-resource.ts';
import { contentLocation } from './rfc-7643-faults.ts';

/**
 * `GET /{endpoint}/{id}`: 200 with the resource and its ETag; 304 when If-None-Match matches.
 * @throws ScimError 404, 412
 * @see RFC 7644 §3.4.1, §3.14
 */
export function readResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string): MockResponse {
  const stored = requireResource(context, rt, id);
  const early = checkPreconditions(context, exchange, stored);
  if (early) return early;
  const etag = etagOf(context, stored);
  const projection = listParamsFromQuery(exchange.url.searchParams, context.maxResults);
  const rendered = renderResource(context, exchange, rt, stored, projection);
  // get-by-id-returns-list: the resource wrapped as if it were a filter's answer.
  const body = context.behaviour.getByIdReturnsList ? { schemas: [LIST_RESPONSE_URN], totalResults: 1, itemsPerPage: 1, startIndex: 1, Resources: [rendered] } : rendered;
  const headers: Record<string, string> = etag ? { ETag: etag } : {};
  // RFC 7643 §3.1: meta.location is the same as the Content-Location header (RFC 7231 §3.1.4.2).
  const location = (rendered['meta'] as { location?: unknown } | undefined)?.location;
  if (typeof location === 'string') headers['Content-Location'] = contentLocation(context, exchange, location);
  return scimJson(context.behaviour, 200, body, headers);
}
