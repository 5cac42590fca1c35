import type { Fault } from './fault-types.ts';

/** /Schemas, /ResourceTypes and /ServiceProviderConfig accept a filter parameter (200, filter ignored) instead of 403 (RFC 7644 §4: SHOULD answer 403). */
export const discoveryFilterAccepted: Fault = {
  id: 'discovery-filter-accepted',
  description: "/Schemas, /ResourceTypes and /ServiceProviderConfig accept a filter parameter (200, filter ignored) instead of 403 (RFC 7644 §4: SHOULD answer 403).",
  breaks: "Clients assume the returned schemas match their filter when the server ignored it.",
  apply(b) {
    b.discoveryFilterAccepted = true;
  },
};
