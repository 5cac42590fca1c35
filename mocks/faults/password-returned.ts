import type { Fault } from './fault-types.ts';

/** Responses include the stored password (RFC 7643 §4.1.1: returned "never"). */
export const passwordReturned: Fault = {
  id: 'password-returned',
  description: "Responses include the stored password (RFC 7643 §4.1.1: returned \"never\").",
  breaks: "Leaks credentials into IdP logs; Okta echoes it back on the next PUT.",
  apply(b) {
    b.returnPassword = true;
  },
};
