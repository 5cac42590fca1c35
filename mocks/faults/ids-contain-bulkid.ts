import type { Fault } from './fault-types.ts';

/** Ids the server assigns start with `bulkId-` (RFC 7643 §3.1: "bulkId" MUST NOT be used within an id). */
export const idsContainBulkId: Fault = {
  id: 'ids-contain-bulkid',
  description: "Ids the server assigns start with `bulkId-` (RFC 7643 §3.1: \"bulkId\" MUST NOT be used within an id).",
  breaks: "A client sending Bulk requests cannot tell a bulkId reference from a real id.",
  apply(b) {
    b.idsContainBulkId = true;
  },
};
