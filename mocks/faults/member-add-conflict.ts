import type { Fault } from './fault-types.ts';

/** PATCH `add` of a member who is already in the group answers 409 uniqueness instead of succeeding (RFC 7644 §3.5.2.1). */
export const memberAddConflict: Fault = {
  id: 'member-add-conflict',
  description: "PATCH `add` of a member who is already in the group answers 409 uniqueness instead of succeeding (RFC 7644 §3.5.2.1).",
  breaks: "Entra ID re-sends Add for existing members on every membership change (its add must be idempotent); each answers 409 and shows as a provisioning error.",
  apply(b) {
    b.memberAddConflict = true;
  },
};
