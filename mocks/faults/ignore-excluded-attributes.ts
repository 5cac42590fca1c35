import type { Fault } from './fault-types.ts';

/** `excludedAttributes` is ignored: `members` comes back on `excludedAttributes=members` (RFC 7644 §3.4.2.5). */
export const ignoreExcludedAttributes: Fault = {
  id: 'ignore-excluded-attributes',
  description: "`excludedAttributes` is ignored: `members` comes back on `excludedAttributes=members` (RFC 7644 §3.4.2.5).",
  breaks: "Entra ID asks for groups without members; large groups blow its page size and it sends odd membership PATCHes.",
  apply(b) {
    b.ignoreExcludedAttributes = true;
  },
};
