import type { Fault } from './fault-types.ts';

/** `excludedAttributes=id` (or `schemas`) removes them, although they are returned "always" (RFC 7644 §3.4.2.5). */
export const excludeAlwaysAttributes: Fault = {
  id: 'exclude-always-attributes',
  description: "`excludedAttributes=id` (or `schemas`) removes them, although they are returned \"always\" (RFC 7644 §3.4.2.5).",
  breaks: "Clients that exclude broadly lose the id they address every later request to.",
  apply(b) {
    b.excludeAlwaysAttributes = true;
  },
};
