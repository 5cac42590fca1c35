import type { Fault } from './fault-types.ts';

/** /Me answers 404 instead of 501 Not Implemented (RFC 7644 §3.11: SHOULD answer 501). */
export const meNotFound: Fault = {
  id: 'me-not-found',
  description: "/Me answers 404 instead of 501 Not Implemented (RFC 7644 §3.11: SHOULD answer 501).",
  breaks: "Clients cannot tell an unsupported /Me from a missing subject.",
  apply(b) {
    b.meNotFound = true;
  },
};
