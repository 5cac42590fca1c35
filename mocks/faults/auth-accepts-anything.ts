import type { Fault } from './fault-types.ts';

/** Any Authorization header, or none, is accepted (RFC 7644 §2). */
export const authAcceptsAnything: Fault = {
  id: 'auth-accepts-anything',
  description: "Any Authorization header, or none, is accepted (RFC 7644 §2).",
  breaks: "A client's Test Connection passes with a wrong token; the harness's auth check must flag it.",
  apply(b) {
    b.authAcceptsAnything = true;
  },
};
