import type { Fault } from './fault-types.ts';

/** A request with Accept: application/json (without application/scim+json or a wildcard) answers 406 Not Acceptable (RFC 7644 §3.8: SHOULD support it). */
export const acceptJsonRejected: Fault = {
  id: 'accept-json-rejected',
  description: "A request with Accept: application/json (without application/scim+json or a wildcard) answers 406 Not Acceptable (RFC 7644 §3.8: SHOULD support it).",
  breaks: "Generic HTTP clients and IdPs that ask for application/json are refused.",
  apply(b) {
    b.acceptJsonRejected = true;
  },
};
