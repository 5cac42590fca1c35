import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig says `"bulk": {"supported": false}` without the REQUIRED maxOperations and maxPayloadSize (RFC 7643 §5); POST /Bulk answers 501. */
export const spcBulkWithoutMaxOperations: Fault = {
  id: 'spc-bulk-without-max-operations',
  description: "ServiceProviderConfig says `\"bulk\": {\"supported\": false}` without the REQUIRED maxOperations and maxPayloadSize (RFC 7643 §5); POST /Bulk answers 501.",
  breaks: "authentik parses ServiceProviderConfig strictly: without bulk.maxOperations it silently assumes no PATCH and no filter, sends groups as PUT with every member and cannot recover from 409.",
  apply(b) {
    b.spcBulkWithoutMaxOperations = true;
    b.bulkSupported = false;
  },
};
