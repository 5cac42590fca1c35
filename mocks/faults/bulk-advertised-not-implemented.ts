import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig says bulk.supported true, but POST /Bulk answers 501 (RFC 7643 §5, RFC 7644 §3.7). */
export const bulkAdvertisedNotImplemented: Fault = {
  id: 'bulk-advertised-not-implemented',
  description: "ServiceProviderConfig says bulk.supported true, but POST /Bulk answers 501 (RFC 7643 §5, RFC 7644 §3.7).",
  breaks: "Clients that trust the advertised Bulk (bulk imports, scripted migrations) fail on every batch; a ServiceProviderConfig copied from a template says more than the server does.",
  apply(b) {
    b.bulkNotImplemented = true;
  },
};
