import type { Fault } from './fault-types.ts';

/** PATCH `remove` with the plain path `members` empties the group, whatever `value` lists (RFC 7644 §3.5.2.2 read literally). */
export const patchRemoveMembersClearsAll: Fault = {
  id: 'patch-remove-members-clears-all',
  description: "PATCH `remove` with the plain path `members` empties the group, whatever `value` lists (RFC 7644 §3.5.2.2 read literally).",
  breaks: "authentik, JumpCloud and OneLogin remove one member with `{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":id}]}`; every other member loses access (authentik#23798).",
  apply(b) {
    b.removeMembersClearsAll = true;
  },
};
