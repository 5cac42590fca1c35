import type { Fault } from './fault-types.ts';

/** sortBy=userName sorts case-sensitively (all upper-case names before lower-case ones), although userName is caseExact false (RFC 7644 §3.4.2.3). */
export const sortCaseSensitive: Fault = {
  id: 'sort-case-sensitive',
  description: "sortBy=userName sorts case-sensitively (all upper-case names before lower-case ones), although userName is caseExact false (RFC 7644 §3.4.2.3).",
  breaks: "Clients paging a sorted listing see \"Bravo\" before \"alpha\" and merge pages out of order.",
  apply(b) {
    b.sortCaseSensitive = true;
  },
};
