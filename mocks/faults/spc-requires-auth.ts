import type { Fault } from './fault-types.ts';

/** GET /ServiceProviderConfig needs credentials like every other endpoint (RFC 7643 §5: authenticationSchemes SHOULD be public). */
export const spcRequiresAuth: Fault = {
  id: 'spc-requires-auth',
  description: "GET /ServiceProviderConfig needs credentials like every other endpoint (RFC 7643 §5: authenticationSchemes SHOULD be public).",
  breaks: "Clients cannot learn how to authenticate before they have credentials (a warning: SHOULD).",
  apply(b) {
    b.serviceProviderConfigNeedsAuth = true;
  },
};
