import type { Finding } from './finding.ts';

export const SEARCH_REQUEST_URN = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

/**
 * Flags a `.search` body without the SearchRequest URN.
 * @see RFC 7644 §3.4.3
 */
export function checkSearchBody(body: Record<string, unknown>): Finding[] {
  const schemas = body['schemas'];
  if (Array.isArray(schemas) && schemas.includes(SEARCH_REQUEST_URN)) return [];
  return [
    {
      rule: 'search-request',
      rfc: 'RFC 7644 §3.4.3',
      message: `.search body: expected "schemas": ["${SEARCH_REQUEST_URN}"], got ${JSON.stringify(schemas ?? null)}. Add the SearchRequest URN.`,
    },
  ];
}
