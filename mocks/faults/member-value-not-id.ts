import type { Fault } from './fault-types.ts';

/** Group `members` come back with `value` holding the member's userName instead of its SCIM id (RFC 7643 §4.2). */
export const memberValueNotId: Fault = {
  id: 'member-value-not-id',
  description: "Group `members` come back with `value` holding the member's userName instead of its SCIM id (RFC 7643 §4.2).",
  breaks: "Okta imports memberships from `members[].value`, Entra ID and OneLogin compare it with the ids they hold: every membership looks wrong.",
  apply(b) {
    b.memberValueNotId = true;
  },
};
