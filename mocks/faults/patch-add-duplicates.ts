import type { Fault } from './fault-types.ts';

/** PATCH add of a typed value the resource already has (same type and value) appends it again (RFC 7643 §2.4: SHOULD NOT return the same (type, value) twice). */
export const patchAddDuplicates: Fault = {
  id: 'patch-add-duplicates',
  description: "PATCH add of a typed value the resource already has (same type and value) appends it again (RFC 7643 §2.4: SHOULD NOT return the same (type, value) twice).",
  breaks: "Clients see the same email twice and may send a remove for one, removing both (a warning: SHOULD NOT).",
  apply(b) {
    b.patchAddDuplicates = true;
  },
};
