import type { Fault } from './fault-types.ts';

/** PATCH remove of a sub-attribute path (name.middleName) answers 200 and removes nothing (RFC 7644 §3.5.2.2). */
export const patchRemoveSubAttributeIgnored: Fault = {
  id: 'patch-remove-sub-attribute-ignored',
  description: "PATCH remove of a sub-attribute path (name.middleName) answers 200 and removes nothing (RFC 7644 §3.5.2.2).",
  breaks: "A cleared middle name or title part stays on the user after the IdP removed it.",
  apply(b) {
    b.patchIgnoresSubAttributeRemove = true;
  },
};
