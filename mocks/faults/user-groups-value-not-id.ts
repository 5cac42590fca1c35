import type { Fault } from './fault-types.ts';

/** A user's groups come back with `value` holding the group's displayName instead of its id (RFC 7643 §4.1.2: MUST be the id). */
export const userGroupsValueNotId: Fault = {
  id: 'user-groups-value-not-id',
  description: "A user's groups come back with `value` holding the group's displayName instead of its id (RFC 7643 §4.1.2: MUST be the id).",
  breaks: "Clients that look up the user's groups by value find none.",
  apply(b) {
    b.userGroupsValueNotId = true;
  },
};
