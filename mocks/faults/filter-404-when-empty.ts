import type { Fault } from './fault-types.ts';

/** A filter that matches nothing answers 404 instead of 200 with an empty ListResponse (RFC 7644 §3.4.2). */
export const filter404WhenEmpty: Fault = {
  id: 'filter-404-when-empty',
  description: "A filter that matches nothing answers 404 instead of 200 with an empty ListResponse (RFC 7644 §3.4.2).",
  breaks: "Entra ID treats the 404 as a SCIM compliance error and can quarantine the job; Okta tolerates it.",
  apply(b) {
    b.emptyFilterNotFound = true;
  },
};
