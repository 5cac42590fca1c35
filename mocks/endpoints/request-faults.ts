import { ScimError } from '../scim/index.ts';
import { scimJson, type MockResponse } from '../http/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';

/** The query parameters RFC 7644 §3.4.2 and §3.9 define for a GET of resources. */
const KNOWN_QUERY_PARAMETERS = ['filter', 'sortby', 'sortorder', 'startindex', 'count', 'attributes', 'excludedattributes'];

/**
 * The unknown-query-rejected fault: a GET of resources with a query parameter outside RFC 7644 §3.4.2 and
 * §3.9 is refused, where the RFC asks servers to ignore what they do not recognise.
 * @throws ScimError 400 invalidSyntax naming the parameter
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function rejectUnknownQuery(context: MockContext, exchange: Exchange): void {
  if (!context.behaviour.rejectUnknownQueryParams || exchange.method !== 'GET') return;
  const unknown = [...exchange.url.searchParams.keys()].find((name) => !KNOWN_QUERY_PARAMETERS.includes(name.toLowerCase()));
  if (unknown !== undefined) throw new ScimError(400, `Unknown query parameter "${unknown}".`, 'invalidSyntax');
}

/**
 * The accept-json-rejected fault: an Accept header that names application/json but neither
 * application/scim+json nor a wildcard is answered 406.
 * @throws ScimError 406
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.8
 */
export function rejectJsonAccept(context: MockContext, exchange: Exchange): void {
  if (!context.behaviour.acceptJsonRejected) return;
  const types = (exchange.request.headers.get('accept') ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (types.includes('application/json') && !types.some((type) => type === 'application/scim+json' || type === '*/*' || type === 'application/*')) {
    throw new ScimError(406, 'Not Acceptable: this server answers only application/scim+json.');
  }
}

/**
 * `/Me` (RFC 7644 §3.11): 501 Not Implemented, the RFC's answer when the alias is not supported. The
 * me-bad-request fault answers 400 invalidSyntax instead; the me-location-is-alias fault serves the token's service-account
 * User (described, never stored) with Location …/Me instead of its permanent URI.
 * @throws ScimError 501 (default), 400 (me-bad-request)
 */
export function answerMe(context: MockContext, exchange: Exchange, head: string): MockResponse {
  if (context.behaviour.meBadRequest) throw new ScimError(400, `Unknown resource type "${head}".`, 'invalidSyntax');
  if (!context.behaviour.meLocationIsAlias) {
    throw new ScimError(501, `/${head} is not supported by this service provider (/Me needs a user session; RFC 7644 §3.11). Address the user by id.`);
  }
  const id = 'service-account';
  const created = new Date(context.now()).toISOString();
  const body = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id,
    userName: 'scim-mock-service-account',
    active: true,
    meta: { resourceType: 'User', created, lastModified: created, location: `${exchange.base}/Users/${id}` },
  };
  return scimJson(context.behaviour, 200, body, { Location: `${exchange.base}/${head}` });
}
