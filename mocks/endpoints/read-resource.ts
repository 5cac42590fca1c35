import type { ResourceTypeDef } from '../scim/index.ts';
import { scimJson } from '../http/index.ts';
import { listParamsFromQuery } from './list-params.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { etagOf, renderResource } from './render-resource.ts';

/**
 * `GET /{endpoint}/{id}`: 200 with the resource and its ETag; 304 when If-None-Match matches.
 * @throws ScimError 404, 412
 * @see RFC 7644 §3.4.1, §3.14
 */
export function readResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string): Response {
  const stored = requireResource(context, rt, id);
  const early = checkPreconditions(context, exchange, stored);
  if (early) return early;
  const etag = etagOf(context, stored);
  const projection = listParamsFromQuery(exchange.url.searchParams, context.maxResults);
  return scimJson(context.behaviour, 200, renderResource(context, exchange, rt, stored, projection), etag ? { ETag: etag } : {});
}
