import type { Fault } from './fault-types.ts';

/** A group's `displayName` cannot change: a PATCH or PUT that renames a group answers 400 mutability. */
export const groupRenameRejected: Fault = {
  id: 'group-rename-rejected',
  description: "A group's `displayName` cannot change: a PATCH or PUT that renames a group answers 400 mutability.",
  breaks: "Okta group push renames by PATCH and PUT, Entra ID by PATCH replace displayName; the renamed group stays under its old name and Entra, which matches groups by displayName, loses it.",
  apply(b) {
    b.groupRenameRejected = true;
  },
};
