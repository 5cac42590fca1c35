import type { Fault } from './fault-types.ts';

/** PATCH add of `groups` on a user adds the user to those groups (RFC 7643 §4.1.2: groups is readOnly; membership changes go through the Group). */
export const userGroupsWritable: Fault = {
  id: 'user-groups-writable',
  description: "PATCH add of `groups` on a user adds the user to those groups (RFC 7643 §4.1.2: groups is readOnly; membership changes go through the Group).",
  breaks: "Membership changes bypass the Group resource, so the client's view of groups and the server's drift apart.",
  apply(b) {
    b.userGroupsWritable = true;
  },
};
