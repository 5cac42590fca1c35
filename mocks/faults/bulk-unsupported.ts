import type { Fault } from './fault-types.ts';

/** No Bulk: ServiceProviderConfig says bulk.supported false and POST /Bulk answers 501. */
export const bulkUnsupported: Fault = {
  id: 'bulk-unsupported',
  description: "No Bulk: ServiceProviderConfig says bulk.supported false and POST /Bulk answers 501.",
  breaks: "Nothing that reads ServiceProviderConfig first: a legitimate configuration (most servers have no Bulk). Clients that send Bulk regardless fail.",
  apply(b) {
    b.bulkSupported = false;
  },
};
