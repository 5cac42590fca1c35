import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { evaluatePreconditions, emptyResponse, type MockResponse } from '../http/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { etagOf } from './render-resource.ts';

/**
 * The stored resource a `/{endpoint}/{id}` request names.
 * @throws ScimError 404 when there is none (RFC 7644 §3.4.1, §3.12).
 */
export function requireResource(context: MockContext, rt: ResourceTypeDef, id: string): StoredResource {
  const found = context.store.get(rt.name === 'Group' ? 'Group' : 'User', id);
  if (!found) {
    throw new ScimError(
      404,
      `${rt.name} "${id}" not found at ${rt.endpoint}/${id}: no resource has this id (it was never created or was deleted). ` +
        'Look it up again by filter before updating it.',
    );
  }
  return found;
}

/**
 * Applies If-Match / If-None-Match: returns a 304 response to send as is, throws 412, or returns
 * undefined to go on. Skipped when the no-etag fault is on (a server without versions ignores them).
 * @see RFC 7644 §3.14
 */
export function checkPreconditions(context: MockContext, exchange: Exchange, stored: StoredResource): MockResponse | undefined {
  if (!context.behaviour.etags) return undefined;
  const etag = etagOf(context, stored);
  const outcome = evaluatePreconditions(exchange.method, exchange.request.headers, etag);
  if (outcome === 304) return emptyResponse(304, etag ? { ETag: etag } : {});
  if (outcome === 412) {
    throw new ScimError(
      412,
      `${exchange.method} ${exchange.url.pathname}: the precondition failed; the resource is now at version ${etag}, ` +
        `If-Match was ${exchange.request.headers.get('if-match') ?? '(none)'} and If-None-Match ${exchange.request.headers.get('if-none-match') ?? '(none)'}. ` +
        'GET the resource again and retry with its current ETag (RFC 7644 §3.14).',
    );
  }
  return undefined;
}
