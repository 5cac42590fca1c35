import type { Fault } from './fault-types.ts';

/** POST /.search and POST /{resource}/.search answer 404: the optional query by POST is not offered (RFC 7644 §3.4.3). */
export const searchUnsupported: Fault = {
  id: 'search-unsupported',
  description: 'POST /.search and POST /{resource}/.search answer 404: the optional query by POST is not offered (RFC 7644 §3.4.3).',
  breaks: 'Nothing the modelled IdPs do: Okta, Entra ID and OneLogin query with GET. Clients that POST long filters must fall back to GET.',
  apply(b) {
    b.searchUnsupported = true;
  },
};
