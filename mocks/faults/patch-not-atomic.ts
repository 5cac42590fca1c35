import type { Fault } from './fault-types.ts';

/** A PATCH whose later operation fails keeps the changes of the operations before it (RFC 7644 §3.5.2: a PATCH SHALL be atomic). */
export const patchNotAtomic: Fault = {
  id: 'patch-not-atomic',
  description: "A PATCH whose later operation fails keeps the changes of the operations before it (RFC 7644 §3.5.2: a PATCH SHALL be atomic).",
  breaks: "A client retrying a failed PATCH works on a resource that is half changed.",
  apply(b) {
    b.patchNotAtomic = true;
  },
};
