import type { Fault } from './fault-types.ts';

/** A 200 answer to PATCH holds only schemas, id, meta and the attributes the operations named, not the entire resource (RFC 7644 §3.5.2). */
export const patchReturnsChangedOnly: Fault = {
  id: 'patch-returns-changed-only',
  description: "A 200 answer to PATCH holds only schemas, id, meta and the attributes the operations named, not the entire resource (RFC 7644 §3.5.2).",
  breaks: "Clients that store the PATCH answer as the new state of the resource lose every other attribute.",
  apply(b) {
    b.patchAnswersChangedOnly = true;
  },
};
