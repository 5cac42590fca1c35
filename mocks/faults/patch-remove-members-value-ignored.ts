import type { Fault } from './fault-types.ts';

/** PATCH `remove` with path `members` and a `value` array answers 200 but removes nothing; only `members[value eq "…"]` paths remove (RFC 7644 §3.5.2.2). */
export const removeMembersValueIgnored: Fault = {
  id: 'patch-remove-members-value-ignored',
  description: "PATCH `remove` with path `members` and a `value` array answers 200 but removes nothing; only `members[value eq \"…\"]` paths remove (RFC 7644 §3.5.2.2).",
  breaks: "Entra ID and OneLogin remove members with a value array; removed users stay in the group and keep its access.",
  apply(b) {
    b.removeMembersValueIgnored = true;
  },
};
