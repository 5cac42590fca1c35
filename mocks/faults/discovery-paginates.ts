import type { Fault } from './fault-types.ts';

/** /ResourceTypes and /Schemas honour `count` and `startIndex` (RFC 7644 §4: query parameters SHALL be ignored there). */
export const discoveryPaginates: Fault = {
  id: 'discovery-paginates',
  description: "/ResourceTypes and /Schemas honour `count` and `startIndex` (RFC 7644 §4: query parameters SHALL be ignored there).",
  breaks: "Clients that pass their usual paging to discovery see some resource types or schemas missing.",
  apply(b) {
    b.discoveryPaginates = true;
  },
};
