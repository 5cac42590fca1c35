import type { Fault } from './fault-types.ts';

/** PATCH replace of a readOnly attribute (a different id) answers 200 and changes nothing instead of an error (RFC 7644 §3.5.2: SHALL return an error, scimType mutability). */
export const patchReadOnlyIgnored: Fault = {
  id: 'patch-read-only-ignored',
  description: "PATCH replace of a readOnly attribute (a different id) answers 200 and changes nothing instead of an error (RFC 7644 §3.5.2: SHALL return an error, scimType mutability).",
  breaks: "Clients believe a change succeeded that the server silently dropped.",
  apply(b) {
    b.patchReadOnlyIgnored = true;
  },
};
