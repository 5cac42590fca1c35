import type { Fault } from './fault-types.ts';

/** PATCH `remove` operations are dropped: 200 and nothing is removed (RFC 7644 §3.5.2.2). */
export const patchIgnoresRemove: Fault = {
  id: 'patch-ignores-remove',
  description: "PATCH `remove` operations are dropped: 200 and nothing is removed (RFC 7644 §3.5.2.2).",
  breaks: "Attributes and group members an IdP removes stay on the server.",
  apply(b) {
    b.patchIgnoresRemove = true;
  },
};
