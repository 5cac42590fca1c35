import type { Fault } from './fault-types.ts';

/** A PATCH setting `primary` true on one email (or other multi-valued value) leaves it true on the others (RFC 7644 §3.5.2; RFC 7643 §2.4). */
export const primaryNotExclusive: Fault = {
  id: 'primary-not-exclusive',
  description: "A PATCH setting `primary` true on one email (or other multi-valued value) leaves it true on the others (RFC 7644 §3.5.2; RFC 7643 §2.4).",
  breaks: "Clients that read the primary email get two, and pick either.",
  apply(b) {
    b.primaryNotExclusive = true;
  },
};
