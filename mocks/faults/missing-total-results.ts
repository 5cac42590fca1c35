import type { Fault } from './fault-types.ts';

/** ListResponse has no totalResults (RFC 7644 §3.4.2: REQUIRED). */
export const missingTotalResults: Fault = {
  id: 'missing-total-results',
  description: "ListResponse has no totalResults (RFC 7644 §3.4.2: REQUIRED).",
  breaks: "Okta pages by totalResults and stops after the first page, or fails to import.",
  apply(b) {
    b.omitTotalResults = true;
  },
};
