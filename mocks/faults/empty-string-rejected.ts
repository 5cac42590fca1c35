import type { Fault } from './fault-types.ts';

/** An attribute sent as an empty string (`""`) answers 400 invalidValue instead of clearing it. */
export const emptyStringRejected: Fault = {
  id: 'empty-string-rejected',
  description: "An attribute sent as an empty string (`\"\"`) answers 400 invalidValue instead of clearing it.",
  breaks: "Entra ID clears the manager with `Replace` and value `\"\"`, Okta pushes cleared profile attributes as `\"\"` (test plan, inferred); both updates fail.",
  apply(b) {
    b.emptyStringRejected = true;
  },
};
