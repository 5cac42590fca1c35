import type { Fault } from './fault-types.ts';

/** `GET /Users` and `/Groups` without a `filter` answer 400 tooMany: only look-ups are served, never a listing (RFC 7644 §3.4.2). */
export const listRequiresFilter: Fault = {
  id: 'list-requires-filter',
  description: "`GET /Users` and `/Groups` without a `filter` answer 400 tooMany: only look-ups are served, never a listing (RFC 7644 §3.4.2).",
  breaks: "Okta imports users and groups page by page without a filter, Entra's account discovery and OneLogin's user and group refresh list everything; none of them gets a single resource.",
  apply(b) {
    b.listRequiresFilter = true;
  },
};
