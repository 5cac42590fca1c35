import type { Fault } from './fault-types.ts';

/** PATCH `replace` of an attribute the resource does not have yet is dropped (RFC 7644 §3.5.2.3: it SHALL be treated as an add). */
export const patchReplaceAbsentIgnored: Fault = {
  id: 'patch-replace-absent-ignored',
  description: "PATCH `replace` of an attribute the resource does not have yet is dropped (RFC 7644 §3.5.2.3: it SHALL be treated as an add).",
  breaks: "Okta and Entra send replace for changed attributes; a first value never arrives.",
  apply(b) {
    b.patchReplaceAbsentIgnored = true;
  },
};
