import type { ResourceTypeDef } from '../scim/index.ts';
import { scimJsonText, type MockResponse } from '../http/index.ts';
import { listParamsFromUrl } from './list-params.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { etagOf } from './render-resource.ts';
import { listResponseJson, renderedResource } from './rendered-json.ts';
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
  const projection = listParamsFromUrl(exchange.url, context.maxResults);
  const rendered = renderedResource(context, exchange, rt, stored, projection);
  // get-by-id-returns-list: the resource wrapped as if it were a filter's answer.
  const body = context.behaviour.getByIdReturnsList ? listResponseJson({ totalResults: 1, itemsPerPage: 1, startIndex: 1 }, [rendered.json]) : rendered.json;
  const headers: Record<string, string> = etag ? { ETag: etag } : {};
  // RFC 7643 §3.1: meta.location is the same as the Content-Location header (RFC 7231 §3.1.4.2).
  if (rendered.location !== undefined) headers['Content-Location'] = contentLocation(context, exchange, rendered.location);
  return scimJsonText(context.behaviour, 200, body, headers);
}
